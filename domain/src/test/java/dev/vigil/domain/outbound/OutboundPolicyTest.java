package dev.vigil.domain.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OutboundPolicyTest {

    private static InetAddress ip(String literal) throws Exception {
        return InetAddress.getByName(literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "192.168.0.10", "172.16.5.4", "::1", "fd12::1", "93.184.216.34"})
    void byDefault_loopbackPrivateAndPublicAddressesMayBeReached(String address) throws Exception {
        assertThat(OutboundPolicy.DEFAULT.refusal(ip(address))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"169.254.169.254", "169.254.0.1", "fe80::1", "fd00:ec2::254", "::ffff:169.254.169.254"})
    void byDefault_linkLocalAndMetadataAddressesAreRefused(String address) throws Exception {
        assertThat(OutboundPolicy.DEFAULT.refusal(ip(address))).get().asString()
                .contains("link-local or cloud-metadata");
    }

    @Test
    void aDenyList_narrowsFurther() throws Exception {
        OutboundPolicy policy = new OutboundPolicy(List.of(Cidr.parse("10.0.0.0/8")), List.of());

        assertThat(policy.refusal(ip("10.9.9.9"))).contains("10.9.9.9 is in a denied network (10.0.0.0/8)");
        assertThat(policy.refusal(ip("192.168.1.1"))).isEmpty();
    }

    @Test
    void anAllowList_isTheOnlyWayOut_andTheDenyListStillNarrowsIt() throws Exception {
        OutboundPolicy policy = new OutboundPolicy(List.of(Cidr.parse("192.168.1.66/32")),
                List.of(Cidr.parse("192.168.1.0/24")));

        assertThat(policy.refusal(ip("192.168.1.7"))).isEmpty();
        assertThat(policy.refusal(ip("192.168.1.66"))).contains("192.168.1.66 is in a denied network (192.168.1.66/32)");
        assertThat(policy.refusal(ip("8.8.8.8"))).contains("8.8.8.8 is outside the allowed networks");
        assertThat(policy.refusal(ip("127.0.0.1"))).contains("127.0.0.1 is outside the allowed networks");
    }

    @Test
    void anAllowListOfEverything_neverOpensTheMetadataService() throws Exception {
        OutboundPolicy policy = new OutboundPolicy(List.of(), List.of(Cidr.parse("0.0.0.0/0"), Cidr.parse("::/0")));

        assertThat(policy.refusal(ip("169.254.169.254"))).get().asString().contains("link-local or cloud-metadata");
        assertThat(policy.refusal(ip("fd00:ec2::254"))).get().asString().contains("link-local or cloud-metadata");
        assertThat(policy.refusal(ip("10.0.0.1"))).isEmpty();
    }

    @Test
    void anAllowedBlockInsideTheAlwaysRefusedOnes_isAMistake() {
        assertThatThrownBy(() -> new OutboundPolicy(List.of(), List.of(Cidr.parse("169.254.10.0/24"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("169.254.10.0/24 lies inside 169.254.0.0/16, which is always refused (link-local and "
                        + "cloud-metadata addresses)");
        assertThat(Cidr.parse("169.254.0.0/16").encloses(Cidr.parse("169.254.10.0/24"))).isTrue();
        assertThat(Cidr.parse("169.254.10.0/24").encloses(Cidr.parse("169.254.0.0/16"))).isFalse();
        assertThat(Cidr.parse("0.0.0.0/0").encloses(Cidr.parse("::1"))).isFalse();
        assertThat(OutboundPolicy.DEFAULT.isNarrowed()).isFalse();
    }

    @Test
    void cidrBlocks_matchOnThePrefixOnly() throws Exception {
        Cidr block = Cidr.parse("172.16.0.0/12");

        assertThat(block.contains(ip("172.31.255.255"))).isTrue();
        assertThat(block.contains(ip("172.32.0.0"))).isFalse();
        assertThat(block.contains(ip("::1"))).isFalse();
        assertThat(Cidr.parse("10.1.2.3").prefix()).isEqualTo(32);
        assertThat(Cidr.parse("fe80::/10").contains(ip("febf::1"))).isTrue();
        assertThat(Cidr.parse("fe80::/10").contains(ip("fec0::1"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com/8", "10.0.0.0/33", "10.0.0.0/x", "", "fe80::/129"})
    void malformedBlocks_areRejectedWithoutResolvingNames(String text) {
        assertThatThrownBy(() -> Cidr.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
