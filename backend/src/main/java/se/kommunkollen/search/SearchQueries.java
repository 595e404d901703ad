package se.kommunkollen.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import se.kommunkollen.api.InvalidArgumentException;

/**
 * A reader's words to a Lucene query: every word must match (in the title or the text), a
 * word matches its stem and, from three letters on, any word it begins ("bostad" finds
 * "bostadsbyggande"); words in quotes must stand together in that order. Matches in the
 * title weigh more, and exact words more than prefixes.
 */
final class SearchQueries {

	static final int MAX_QUERY_LENGTH = 200;

	static final int MIN_PREFIX_LENGTH = 3;

	private static final Pattern PARTS = Pattern.compile("\"([^\"]*)\"?|(\\S+)");

	private final Analyzer analyzer;

	SearchQueries(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	Query parse(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidArgumentException("Argument 'query' is empty: give one or more words to search for.");
		}
		if (text.length() > MAX_QUERY_LENGTH) {
			throw new InvalidArgumentException("Argument 'query' is " + text.length() + " characters long; at most "
					+ MAX_QUERY_LENGTH + " are searched.");
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		int clauses = 0;
		Matcher parts = PARTS.matcher(text);
		while (parts.find()) {
			if (parts.group(1) != null) {
				List<Token> tokens = tokens(parts.group(1));
				if (tokens.size() == 1) {
					query.add(word(tokens.get(0).term()), Occur.MUST);
					clauses++;
				}
				else if (!tokens.isEmpty()) {
					query.add(phrase(tokens), Occur.MUST);
					clauses++;
				}
			}
			else {
				for (Token token : tokens(parts.group(2))) {
					query.add(word(token.term()), Occur.MUST);
					clauses++;
				}
			}
		}
		if (clauses == 0) {
			throw new InvalidArgumentException("Argument 'query' holds only words too common to search for (such as "
					+ "\"och\" or \"att\"): " + text.strip());
		}
		return query.build();
	}

	private static Query word(String term) {
		BooleanQuery.Builder either = new BooleanQuery.Builder();
		either.add(new BoostQuery(new TermQuery(new Term(SearchIndex.TITLE, term)), 4), Occur.SHOULD);
		either.add(new BoostQuery(new TermQuery(new Term(SearchIndex.TEXT, term)), 2), Occur.SHOULD);
		if (term.length() >= MIN_PREFIX_LENGTH) {
			either.add(new BoostQuery(new PrefixQuery(new Term(SearchIndex.TITLE, term)), 2), Occur.SHOULD);
			either.add(new PrefixQuery(new Term(SearchIndex.TEXT, term)), Occur.SHOULD);
		}
		return either.build();
	}

	private static Query phrase(List<Token> tokens) {
		BooleanQuery.Builder either = new BooleanQuery.Builder();
		for (String field : List.of(SearchIndex.TITLE, SearchIndex.TEXT)) {
			PhraseQuery.Builder phrase = new PhraseQuery.Builder();
			for (Token token : tokens) {
				phrase.add(new Term(field, token.term()), token.position());
			}
			either.add(new BoostQuery(phrase.build(), SearchIndex.TITLE.equals(field) ? 4 : 2), Occur.SHOULD);
		}
		return either.build();
	}

	private List<Token> tokens(String words) {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = this.analyzer.tokenStream(SearchIndex.TEXT, words)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			int position = -1;
			while (stream.incrementToken()) {
				position += increment.getPositionIncrement();
				tokens.add(new Token(term.toString(), position));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	private record Token(String term, int position) {
	}

}
