package se.kommunkollen.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ScandinavianFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;

/**
 * Swedish words to search terms: lower case, without stop words, stemmed ("bostäder",
 * "bostaden" → "bostäd", "bostad"), then å ä ö folded to a a o so that a plural with a
 * changed vowel meets its singular ("bostäd" → "bostad"). Compounds are met by prefix
 * queries ({@link SearchQueries}): "bostad" also finds "bostadsbyggande".
 */
final class SwedishSearchAnalyzer extends Analyzer {

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer source = new StandardTokenizer();
		TokenStream stream = new LowerCaseFilter(source);
		stream = new StopFilter(stream, SwedishAnalyzer.getDefaultStopSet());
		stream = new SwedishLightStemFilter(stream);
		stream = new ScandinavianFoldingFilter(stream);
		return new TokenStreamComponents(source, stream);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new ScandinavianFoldingFilter(new LowerCaseFilter(in));
	}

}
