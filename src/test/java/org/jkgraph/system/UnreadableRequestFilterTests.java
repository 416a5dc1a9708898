package org.jkgraph.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which query strings the servlet container could not decode, and which it reads fine. */
class UnreadableRequestFilterTests {

	@Test
	void readsWellFormedQueryStrings() {
		assertThat(UnreadableRequestFilter.decodable(null)).isTrue();
		assertThat(UnreadableRequestFilter.decodable("q=Kishida&limit=5")).isTrue();
		assertThat(UnreadableRequestFilter.decodable("q=%E5%B2%B8%E7%94%B0+%E6%96%87%E9%9B%84")).isTrue();
		assertThat(UnreadableRequestFilter.decodable("q=100%25&flag")).isTrue();
	}

	@Test
	void refusesBadPercentEncodingAndBytesThatAreNoUtf8() {
		assertThat(UnreadableRequestFilter.decodable("q=%zz")).isFalse();
		assertThat(UnreadableRequestFilter.decodable("q=50%")).isFalse();
		assertThat(UnreadableRequestFilter.decodable("q=%a")).isFalse();
		assertThat(UnreadableRequestFilter.decodable("q=%FF%FE")).isFalse();
		assertThat(UnreadableRequestFilter.decodable("%C3=x")).isFalse();
	}

}
