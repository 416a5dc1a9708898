package org.jkgraph.search;

import java.util.List;

import org.jkgraph.api.BadParameterException;
import org.jkgraph.search.SearchText.Match;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How what a user types becomes Lucene queries, and how a hit's names rank it. */
class SearchTextTests {

	@Test
	void theFirstQueryAsksForTheWordsAndForNamesStartingWithThem() {
		assertThat(SearchText.exact(List.of("yoon"))).isEqualTo("name:(yoon yoon*)^3 OR aliasText:(yoon yoon*)^3 "
				+ "OR title:(yoon) OR summary:(yoon) OR description:(yoon) OR question:(yoon)");
		assertThat(SearchText.exact(List.of("export", "controls")))
			.contains("name:\"export controls\"^6", "aliasText:\"export controls\"^6")
			.contains("name:(export export* controls controls*)^3");
	}

	@Test
	void prefixesAndTyposOnlyForAlphabeticWordsLongEnough() {
		assertThat(SearchText.exact(List.of("g7", "sea", "輸出規制"))).startsWith("name:(g7 sea sea* 輸出規制)^3");
		assertThat(SearchText.fuzzy(List.of("g7", "sea", "dokdo", "photoresist", "2019")))
			.isEqualTo("name:(g7 sea dokdo~1 photoresist~2 2019)^3 OR aliasText:(g7 sea dokdo~1 photoresist~2 2019)^3 "
					+ "OR title:(g7 sea dokdo~1 photoresist~2 2019)");
		// hangul and kanji are indexed as pairs of characters: an edit of a word means nothing there
		assertThat(SearchText.fuzzy(List.of("수출", "규제"))).isNull();
		assertThat(SearchText.fuzzy(List.of("sea", "g7"))).isNull();
	}

	@Test
	void aNameEqualToWhatWasTypedIsExactOneStartingWithItAPrefix() {
		assertThat(SearchText.byName(List.of("Yoon Suk Yeol", "윤석열"), "yoon suk-yeol")).isEqualTo(Match.EXACT);
		assertThat(SearchText.byName(List.of("Yoon Suk Yeol"), "Yoon")).isEqualTo(Match.PREFIX);
		assertThat(SearchText.byName(List.of("Fumio Kishida"), "kishida")).isEqualTo(Match.PREFIX);
		assertThat(SearchText.byName(List.of("Gallup Korea", "한국갤럽"), "한국")).isEqualTo(Match.PREFIX);
		assertThat(SearchText.byName(List.of("Keidanren", "日本経済団体連合会"), "経済")).isEqualTo(Match.PREFIX);
		assertThat(SearchText.byName(List.of("South Korea", "대한민국"), "한국")).isNull();
		assertThat(SearchText.byName(List.of("Moon Jae-in"), "yoon")).isNull();
		assertThat(SearchText.byName(List.of("South Korea", "Seoul"), "Séoul")).isEqualTo(Match.EXACT);
	}

	@Test
	void dropsEveryLuceneOperatorFromTheInput() {
		assertThat(SearchText.words("title:(Kishida OR \"Yoon*\") -Abe +[a TO z]~2 \\ && ||"))
			.containsExactly("title", "kishida", "or", "yoon", "abe", "a", "to", "z", "2");
	}

	@Test
	void rejectsTextWithoutWordsOrWithTooMany() {
		assertThatThrownBy(() -> SearchText.words(" *?! ")).isInstanceOfSatisfying(BadParameterException.class,
				ex -> assertThat(ex.parameter()).isEqualTo("q"));
		assertThatThrownBy(() -> SearchText.words("a b c d e f g h i j k l m"))
			.isInstanceOfSatisfying(BadParameterException.class,
					ex -> assertThat(ex.getMessage()).contains("at most " + SearchText.MAX_WORDS));
	}

	@Test
	void shortensLongSummariesAtAWord() {
		String summary = "word ".repeat(100).strip();
		String shortened = FactSearch.shorten(summary);
		assertThat(shortened).endsWith("word …").hasSizeLessThanOrEqualTo(FactSearch.SUMMARY_LENGTH + 2);
		assertThat(FactSearch.shorten("short")).isEqualTo("short");
	}

	@Test
	void onlyTheStatusesAskedForAreReadFromTheIndex() {
		assertThat(SearchText.among("name:(x)", List.of("accepted")))
			.isEqualTo("(name:(x)) AND NOT status:(candidate OR rejected OR merged)");
		assertThat(SearchText.among("name:(x)", List.of("accepted", "candidate")))
			.isEqualTo("(name:(x)) AND NOT status:(rejected OR merged)");
		assertThat(SearchText.among("name:(x)", List.of("candidate"))).isEqualTo("(name:(x)) AND status:(candidate)");
	}

}
