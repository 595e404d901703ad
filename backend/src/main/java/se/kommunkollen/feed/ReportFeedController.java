package se.kommunkollen.feed;

import java.io.StringWriter;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import se.kommunkollen.municipality.Municipality;
import se.kommunkollen.municipality.MunicipalityRepository;
import se.kommunkollen.report.ImportRun;
import se.kommunkollen.report.ImportRun.ImportOutcome;
import se.kommunkollen.report.ImportRunRepository;
import se.kommunkollen.report.Report;
import se.kommunkollen.report.ReportRepository;

/**
 * Atom feeds (RFC 4287) of new and replaced reports: site-wide and per municipality. Each
 * version of a report is its own entry (its id names the report and its checksum), so a
 * feed reader shows a replaced report again.
 */
@RestController
class ReportFeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	/** Entries per feed: the reports imported or replaced last. */
	static final int ENTRIES = 50;

	private static final String ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";

	private static final Map<String, String> KIND_NAMES = Map.of("EVALUATION", "Utvärdering enligt Kommunkompassen",
			"INTERIM_REPORT", "Delårsrapport", "ANNUAL_REPORT", "Verksamhetsberättelse", "CLOSING_ACCOUNTS", "Bokslut");

	private final ReportRepository reports;

	private final ImportRunRepository runs;

	private final MunicipalityRepository municipalities;

	ReportFeedController(ReportRepository reports, ImportRunRepository runs, MunicipalityRepository municipalities) {
		this.reports = reports;
		this.runs = runs;
		this.municipalities = municipalities;
	}

	@GetMapping("/feeds/reports.atom")
	ResponseEntity<String> allReports() {
		List<Report> latest = this.reports.latestImported(null, ENTRIES);
		return answer(feed("Kommunkollen: nya och ersatta rapporter", "reports", null, latest));
	}

	@GetMapping("/feeds/reports/{municipality}.atom")
	ResponseEntity<String> reportsOf(@PathVariable String municipality) {
		return this.municipalities.findById(municipality)
			.map((found) -> answer(feed("Kommunkollen: rapporter från " + found.name(), "reports/" + found.id(), found,
					this.reports.latestImported(found.id(), ENTRIES))))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	private static ResponseEntity<String> answer(String xml) {
		return ResponseEntity.ok()
			.contentType(ATOM)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.body(xml);
	}

	private String feed(String title, String path, Municipality municipality, List<Report> entries) {
		Map<String, Municipality> names = municipalitiesOf(entries);
		Map<String, ImportOutcome> outcomes = lastOutcomes(entries);
		UriComponentsBuilder site = ServletUriComponentsBuilder.fromCurrentContextPath();
		String self = site.cloneBuilder().path("/feeds/" + path + ".atom").toUriString();
		OffsetDateTime updated = entries.stream()
			.map(Report::importedAt)
			.max(OffsetDateTime::compareTo)
			.orElseGet(OffsetDateTime::now);
		try {
			StringWriter text = new StringWriter();
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM_NAMESPACE);
			xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "sv");
			element(xml, "id", "urn:kommunkollen:feed:" + path);
			element(xml, "title", title);
			element(xml, "updated", timestamp(updated));
			link(xml, "self", self, ATOM.toString().replace(";charset=UTF-8", ""));
			link(xml, "alternate",
					(municipality != null)
							? site.cloneBuilder().path("/kommun.html").queryParam("id", municipality.id()).toUriString()
							: site.cloneBuilder().path("/").toUriString(),
					"text/html");
			xml.writeStartElement("author");
			element(xml, "name", "Kommunkollen");
			xml.writeEndElement();
			for (Report report : entries) {
				entry(xml, site, report, names.get(report.municipalityId()), outcomes.get(report.id()));
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
			return text.toString();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the feed", ex);
		}
	}

	private void entry(XMLStreamWriter xml, UriComponentsBuilder site, Report report, Municipality municipality,
			ImportOutcome outcome) throws XMLStreamException {
		boolean replaced = outcome == ImportOutcome.REPLACED;
		String name = (municipality != null) ? municipality.name() : report.municipalityId();
		xml.writeStartElement("entry");
		element(xml, "id", "urn:kommunkollen:report:" + report.id() + ":" + report.checksum());
		element(xml, "title", name + ": " + report.title() + (replaced ? " (ny version)" : ""));
		element(xml, "updated", timestamp(report.importedAt()));
		link(xml, "alternate",
				site.cloneBuilder().path("/kommun.html").queryParam("id", report.municipalityId()).toUriString(),
				"text/html");
		link(xml, "related", site.cloneBuilder().path("/kalla.html").queryParam("report", report.id()).toUriString(),
				"text/html");
		xml.writeStartElement("category");
		xml.writeAttribute("term", report.kind().name());
		xml.writeAttribute("label", KIND_NAMES.getOrDefault(report.kind().name(), report.kind().name()));
		xml.writeEndElement();
		element(xml, "summary", summary(report, name, replaced));
		xml.writeEndElement();
	}

	private static String summary(Report report, String municipality, boolean replaced) {
		StringBuilder text = new StringBuilder();
		text.append(KIND_NAMES.getOrDefault(report.kind().name(), "Rapport")).append(" från ").append(municipality);
		if (report.periodLabel() != null) {
			text.append(", ").append(report.periodLabel());
		}
		else {
			text.append(", ").append(report.year());
		}
		text.append(replaced ? ". En ny version har ersatt den tidigare." : ". Ny i Kommunkollen.");
		text.append(" Rapport-id: ").append(report.id()).append('.');
		return text.toString();
	}

	private Map<String, Municipality> municipalitiesOf(List<Report> entries) {
		Collection<String> ids = entries.stream().map(Report::municipalityId).distinct().toList();
		return this.municipalities.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Municipality::id, Function.identity()));
	}

	/** The outcome of each report's last import that changed it: created or replaced. */
	private Map<String, ImportOutcome> lastOutcomes(List<Report> entries) {
		Map<String, ImportOutcome> outcomes = new HashMap<>();
		if (entries.isEmpty()) {
			return outcomes;
		}
		for (ImportRun run : this.runs
			.findByReportIdInOrderByImportedAtAscIdAsc(entries.stream().map(Report::id).toList())) {
			if (run.outcome() != ImportOutcome.UNCHANGED) {
				outcomes.put(run.reportId(), run.outcome());
			}
		}
		return outcomes;
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	private static String timestamp(OffsetDateTime time) {
		return time.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

}
