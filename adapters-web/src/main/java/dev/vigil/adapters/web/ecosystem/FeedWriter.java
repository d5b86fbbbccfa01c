package dev.vigil.adapters.web.ecosystem;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a {@link HistoryFeed} as Atom (RFC 4287) or RSS 2.0; the XML writer escapes every text and attribute. */
final class FeedWriter {
    static final String ATOM = "application/atom+xml; charset=utf-8";
    static final String RSS = "application/rss+xml; charset=utf-8";
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private FeedWriter() {
    }

    static byte[] atom(HistoryFeed feed) {
        return write(xml -> {
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM_NS);
            text(xml, "id", feed.id());
            text(xml, "title", feed.title());
            text(xml, "subtitle", feed.subtitle());
            text(xml, "updated", feed.updated().toString());
            link(xml, "alternate", feed.link(), "text/html");
            link(xml, "self", feed.self(), "application/atom+xml");
            xml.writeStartElement("author");
            text(xml, "name", "Vigil");
            xml.writeEndElement();
            text(xml, "generator", "Vigil");
            for (HistoryFeed.Entry e : feed.entries()) {
                xml.writeStartElement("entry");
                text(xml, "id", e.id());
                text(xml, "title", e.title());
                text(xml, "published", e.published().toString());
                text(xml, "updated", e.updated().toString());
                link(xml, "alternate", e.link(), "text/html");
                for (String c : e.categories()) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", XmlText.clean(c));
                }
                xml.writeStartElement("content");
                xml.writeAttribute("type", "text");
                xml.writeCharacters(XmlText.clean(e.text()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    static byte[] rss(HistoryFeed feed) {
        return write(xml -> {
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("atom", ATOM_NS);
            xml.writeStartElement("channel");
            text(xml, "title", feed.title());
            text(xml, "link", feed.link());
            text(xml, "description", feed.subtitle());
            text(xml, "lastBuildDate", rfc822(feed.updated()));
            text(xml, "generator", "Vigil");
            xml.writeEmptyElement("atom", "link", ATOM_NS);
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("type", "application/rss+xml");
            xml.writeAttribute("href", XmlText.clean(feed.self()));
            for (HistoryFeed.Entry e : feed.entries()) {
                xml.writeStartElement("item");
                text(xml, "title", e.title());
                text(xml, "link", e.link());
                text(xml, "description", e.text());
                text(xml, "pubDate", rfc822(e.updated()));
                xml.writeStartElement("guid");
                xml.writeAttribute("isPermaLink", "false");
                xml.writeCharacters(XmlText.clean(e.id()));
                xml.writeEndElement();
                for (String c : e.categories()) {
                    text(xml, "category", c);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write a feed", e);
        }
        return out.toByteArray();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(XmlText.clean(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", XmlText.clean(href));
    }

    private static String rfc822(Instant at) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneOffset.UTC));
    }
}
