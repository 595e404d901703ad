package se.kommunkollen.feed;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Atom feeds of new and replaced reports, read as a feed reader would, on the four
 * bundled samples imported at first start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kommunkollen.samples.import-on-empty=true", "spring.datasource.url=jdbc:h2:mem:feeds" })
class ReportFeedTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@LocalServerPort
	int port;

	@Test
	void siteFeedListsTheFourSamplesAsValidAtom() throws Exception {
		HttpResponse<byte[]> response = get("/feeds/reports.atom");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/atom+xml"));
		Element feed = parse(response.body());
		assertValidAtomFeed(feed);
		List<Element> entries = children(feed, "entry");
		assertThat(entries).hasSize(4);
		assertThat(entries).extracting((entry) -> text(entry, "id"))
			.allSatisfy((id) -> assertThat(id).startsWith("urn:kommunkollen:report:"))
			.doesNotHaveDuplicates();
		assertThat(entries).extracting((entry) -> text(entry, "title"))
			.anySatisfy((title) -> assertThat(title).startsWith("Haninge: "))
			.anySatisfy((title) -> assertThat(title).startsWith("Enköping: "))
			.anySatisfy((title) -> assertThat(title).startsWith("Eskilstuna: "))
			.anySatisfy((title) -> assertThat(title).startsWith("Södertälje: "));
		List<OffsetDateTime> updated = entries.stream()
			.map((entry) -> OffsetDateTime.parse(text(entry, "updated")))
			.toList();
		assertThat(updated).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(OffsetDateTime.parse(text(feed, "updated"))).isEqualTo(updated.get(0));
	}

	@Test
	void municipalityFeedListsOnlyItsReportsWithLinksToTheSiteAndTheSource() throws Exception {
		Element feed = parse(get("/feeds/reports/enkoping.atom").body());
		assertValidAtomFeed(feed);
		assertThat(text(feed, "title")).isEqualTo("Kommunkollen: rapporter från Enköping");
		List<Element> entries = children(feed, "entry");
		assertThat(entries).singleElement().satisfies((entry) -> {
			assertThat(text(entry, "title")).startsWith("Enköping: ");
			assertThat(links(entry)).contains("alternate " + base() + "/kommun.html?id=enkoping")
				.anySatisfy(
						(link) -> assertThat(link).startsWith("related " + base() + "/kalla.html?report=enkoping-"));
			assertThat(text(entry, "summary")).startsWith("Delårsrapport från Enköping").contains("Ny i Kommunkollen");
		});
	}

	@Test
	void unknownMunicipalityHasNoFeed() throws Exception {
		assertThat(get("/feeds/reports/atlantis.atom").statusCode()).isEqualTo(404);
	}

	/** The elements RFC 4287 requires of a feed and of each entry. */
	private void assertValidAtomFeed(Element feed) {
		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		for (String required : List.of("id", "title", "updated")) {
			assertThat(children(feed, required)).as("feed/" + required).hasSize(1);
		}
		assertThat(text(children(feed, "author").get(0), "name")).isEqualTo("Kommunkollen");
		assertThat(links(feed)).contains("self " + base() + feedPath(feed));
		for (Element entry : children(feed, "entry")) {
			for (String required : List.of("id", "title", "updated", "summary")) {
				assertThat(children(entry, required)).as("entry/" + required).hasSize(1);
			}
			assertThat(links(entry)).anySatisfy((link) -> assertThat(link).startsWith("alternate "));
			OffsetDateTime.parse(text(entry, "updated"));
		}
	}

	private static String feedPath(Element feed) {
		String id = text(feed, "id");
		return "/feeds/" + id.substring("urn:kommunkollen:feed:".length()) + ".atom";
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private HttpResponse<byte[]> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static Element parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		return document.getDocumentElement();
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && ATOM.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

	private static String text(Element parent, String name) {
		return children(parent, name).get(0).getTextContent();
	}

	/** "rel href" of each link. */
	private static List<String> links(Element parent) {
		return children(parent, "link").stream()
			.map((link) -> link.getAttribute("rel") + " " + link.getAttribute("href"))
			.toList();
	}

}
