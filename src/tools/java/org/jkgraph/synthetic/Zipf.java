package org.jkgraph.synthetic;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws ranks 0…n-1 with probability proportional to {@code 1 / (rank + 1)^exponent}: a few items take most of the
 * draws, as a few actors take part in most events.
 */
final class Zipf {

	private final double[] cumulative;

	Zipf(int n, double exponent) {
		this.cumulative = new double[n];
		double sum = 0;
		for (int rank = 0; rank < n; rank++) {
			sum += 1.0 / Math.pow(rank + 1, exponent);
			cumulative[rank] = sum;
		}
		for (int rank = 0; rank < n; rank++) {
			cumulative[rank] /= sum;
		}
	}

	int next(SplittableRandom random) {
		int found = Arrays.binarySearch(cumulative, random.nextDouble());
		int rank = (found >= 0) ? found : -found - 1;
		return Math.min(rank, cumulative.length - 1);
	}

	int size() {
		return cumulative.length;
	}

}
