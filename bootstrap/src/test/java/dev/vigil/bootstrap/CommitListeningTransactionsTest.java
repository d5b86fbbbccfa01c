package dev.vigil.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.application.port.out.Transactions;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CommitListeningTransactionsTest {
    private final Transactions direct = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
    private final CommitListeningTransactions transactions = new CommitListeningTransactions(direct);
    private final AtomicInteger commits = new AtomicInteger();

    @Test
    void listenersHearOfEachOutermostCommit_once_andAfterItsWork() {
        transactions.afterCommit(commits::incrementAndGet);

        int seenInside = transactions.inTransaction(() -> {
            transactions.run(() -> { });
            transactions.run(() -> { });
            return commits.get();
        });

        assertThat(seenInside).isZero();
        assertThat(commits.get()).isEqualTo(1);
    }

    @Test
    void aFailedUnitOfWork_isNotReported_andTheNextOneIs() {
        transactions.afterCommit(commits::incrementAndGet);

        assertThatThrownBy(() -> transactions.run(() -> {
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        transactions.run(() -> { });

        assertThat(commits.get()).isEqualTo(1);
    }
}
