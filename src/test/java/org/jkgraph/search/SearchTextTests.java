package org.jkgraph.search;

import org.jkgraph.api.BadParameterException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How what a user types becomes a Lucene query. */
class SearchTextTests {

	@Test
	void searchesEveryFieldWithNamesAndAliasesBoosted() {
		assertThat(SearchText.lucene("Kishda")).isEqualTo("name:(kishda~1)^3 OR aliasText:(kishda~1)^3 "
				+ "OR title:(kishda~1) OR summary:(kishda~1) OR description:(kishda~1)");
	}

	@Test
	void allowsOneTypoInMiddleLengthWordsTwoInLongOnesNoneInShortWordsOrNumbers() {
		assertThat(SearchText.lucene("g7 sea Dokdo photoresist 2019")).startsWith("name:(g7 sea dokdo~1 photoresist~2 2019)^3");
	}

	@Test
	void keepsHanAndKanaExactBecauseTheyAreIndexedCharacterByCharacter() {
		assertThat(SearchText.lucene("岸田文雄")).startsWith("name:(岸田文雄)^3");
		assertThat(SearchText.lucene("윤석열정부")).startsWith("name:(윤석열정부~1)^3");
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

}
