package se.kommunkollen.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

import org.springframework.stereotype.Component;

/**
 * A Lucene index in memory of everything {@link SearchTexts} reads, rebuilt when the data
 * version changes (an import, on this instance or another sharing the database), so
 * search follows imports. The same analyser serves H2 and PostgreSQL, so both give the
 * same hits.
 */
@Component
public class SearchIndex {

	static final String TITLE = "title";

	static final String TEXT = "text";

	private static final String KIND = "kind";

	private static final String MUNICIPALITY = "municipality";

	private static final String REPORT = "report";

	private static final String RECORD = "record";

	private static final String LINE_START = "lineStart";

	private static final String LINE_END = "lineEnd";

	private static final Log logger = LogFactory.getLog(SearchIndex.class);

	private final SearchTexts texts;

	private final Analyzer analyzer = new SwedishSearchAnalyzer();

	private final SearchQueries queries = new SearchQueries(this.analyzer);

	private volatile Snapshot snapshot;

	SearchIndex(SearchTexts texts) {
		this.texts = texts;
	}

	/** The hits from {@code offset}, best first, at most {@code limit}. */
	public List<SearchHit> search(long dataVersion, String text, String municipality, Collection<SearchKind> kinds,
			long offset, int limit) {
		Snapshot index = current(dataVersion);
		Query query = filtered(this.queries.parse(text), municipality, kinds);
		try {
			int wanted = (int) Math.min(Integer.MAX_VALUE - 1, offset + limit);
			TopDocs top = index.searcher().search(query, Math.max(1, wanted));
			ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, (int) Math.min(offset, top.scoreDocs.length),
					top.scoreDocs.length);
			return hits(index, query, page);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** How many documents match, on all pages together. */
	public long count(long dataVersion, String text, String municipality, Collection<SearchKind> kinds) {
		Snapshot index = current(dataVersion);
		try {
			return index.searcher().count(filtered(this.queries.parse(text), municipality, kinds));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Query filtered(Query query, String municipality, Collection<SearchKind> kinds) {
		BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, Occur.MUST);
		if (municipality != null) {
			filtered.add(new TermQuery(new Term(MUNICIPALITY, municipality)), Occur.FILTER);
		}
		if (kinds != null && !kinds.isEmpty()) {
			filtered.add(new TermInSetQuery(KIND, kinds.stream().map((kind) -> new BytesRef(kind.name())).toList()),
					Occur.FILTER);
		}
		return filtered.build();
	}

	private List<SearchHit> hits(Snapshot index, Query query, ScoreDoc[] page) throws IOException {
		if (page.length == 0) {
			return List.of();
		}
		int[] ids = new int[page.length];
		for (int i = 0; i < page.length; i++) {
			ids[i] = page[i].doc;
		}
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(index.searcher(), this.analyzer)
			.withFormatter(new DefaultPassageFormatter(Snippet.MATCH_START, Snippet.MATCH_END, " … ", false))
			.withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
					BreakIterator.getSentenceInstance(Locale.forLanguageTag("sv")), Snippet.LENGTH, 0.3f))
			.withMaxNoHighlightPassages(0)
			.build();
		var highlighted = highlighter.highlightFields(new String[] { TEXT, TITLE }, query, ids, new int[] { 1, 1 });
		StoredFields stored = index.searcher().storedFields();
		List<SearchHit> hits = new ArrayList<>(page.length);
		for (int i = 0; i < page.length; i++) {
			Document document = stored.document(page[i].doc);
			String text = highlighted.get(TEXT)[i];
			String title = highlighted.get(TITLE)[i];
			Snippet snippet = (text != null) ? Snippet.fromHighlighted(text)
					: (title != null) ? Snippet.fromHighlighted(title) : Snippet.plain(document.get(TEXT));
			hits.add(new SearchHit(SearchKind.valueOf(document.get(KIND)), document.get(RECORD), document.get(TITLE),
					snippet, page[i].score, document.get(MUNICIPALITY), document.get(REPORT),
					document.getField(LINE_START).numericValue().intValue(),
					document.getField(LINE_END).numericValue().intValue()));
		}
		return hits;
	}

	/** The index of {@code version}, the data version the request reads. */
	private Snapshot current(long version) {
		Snapshot index = this.snapshot;
		if (index != null && index.version() == version) {
			return index;
		}
		synchronized (this) {
			index = this.snapshot;
			if (index == null || index.version() != version) {
				index = build();
				this.snapshot = index;
			}
			return index;
		}
	}

	private Snapshot build() {
		long started = System.nanoTime();
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		int[] count = { 0 };
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(this.analyzer))) {
			long version = this.texts.readAll((document) -> {
				try {
					writer.addDocument(luceneDocument(document));
					count[0]++;
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			writer.commit();
			IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
			logger.info("Search index of data version " + version + " built: " + count[0] + " texts in "
					+ (System.nanoTime() - started) / 1_000_000 + " ms");
			return new Snapshot(version, searcher);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Document luceneDocument(SearchDocument source) {
		Document document = new Document();
		document.add(new StringField(KIND, source.kind().name(), Store.YES));
		document.add(new StringField(MUNICIPALITY, source.municipalityId(), Store.YES));
		document.add(new StringField(REPORT, source.reportId(), Store.YES));
		if (source.recordId() != null) {
			document.add(new StoredField(RECORD, source.recordId()));
		}
		document.add(new TextField(TITLE, (source.title() != null) ? source.title() : "", Store.YES));
		document.add(new TextField(TEXT, (source.text() != null) ? source.text() : "", Store.YES));
		document.add(new StoredField(LINE_START, source.lineStart()));
		document.add(new StoredField(LINE_END, source.lineEnd()));
		return document;
	}

	private record Snapshot(long version, IndexSearcher searcher) {
	}

}
