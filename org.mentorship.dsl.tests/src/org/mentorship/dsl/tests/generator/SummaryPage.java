package org.mentorship.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A generated summary parsed with the JDK's XML parser (the page is polyglot markup, so a page that
 * is not well-formed fails here), with XPath look-ups for the assertions. Element names are plain
 * ("section", "td"): the parser is not namespace-aware, so the XHTML namespace needs no prefix.
 */
final class SummaryPage {

	final String html;
	final Document document;
	private final XPath xpath = XPathFactory.newInstance().newXPath();

	private SummaryPage(String html, Document document) {
		this.html = html;
		this.document = document;
	}

	static SummaryPage parse(String html) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return new SummaryPage(html, builder.parse(new InputSource(new StringReader(html))));
		} catch (SAXParseException e) {
			throw new AssertionError("not well-formed at " + e.getLineNumber() + ":" + e.getColumnNumber() + ": "
					+ e.getMessage() + "\n" + line(html, e.getLineNumber()), e);
		} catch (ParserConfigurationException | SAXException | IOException e) {
			throw new AssertionError(e);
		}
	}

	private static String line(String text, int number) {
		String[] lines = text.split("\n", -1);
		return number >= 1 && number <= lines.length ? lines[number - 1] : "";
	}

	List<Element> all(String expression) {
		try {
			NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
			List<Element> elements = new ArrayList<>();
			for (int i = 0; i < nodes.getLength(); i++) {
				elements.add((Element) nodes.item(i));
			}
			return elements;
		} catch (XPathExpressionException e) {
			throw new AssertionError(expression, e);
		}
	}

	Element one(String expression) {
		List<Element> found = all(expression);
		assertEquals(1, found.size(), () -> "expected one element for " + expression);
		return found.get(0);
	}

	/** The text of every element found, as a reader sees it (whitespace runs as one space). */
	List<String> texts(String expression) {
		return all(expression).stream().map(SummaryPage::text).toList();
	}

	String text(String expression) {
		return text(one(expression));
	}

	static String text(Element element) {
		return element.getTextContent().replaceAll("\\s+", " ").strip();
	}

	/** The part with this id: a section of main, labelled by its h2. */
	String section(String id) {
		return "//section[@id='" + id + "']";
	}
}
