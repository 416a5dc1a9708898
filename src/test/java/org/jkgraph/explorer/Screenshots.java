package org.jkgraph.explorer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/**
 * Compares screenshots the way a reader would: two pictures of the same page differ when their sizes differ or more
 * than a few pixels do. Chromium's anti-aliasing can shift a handful of pixels between runs; rewriting the committed
 * screenshot for that would only churn the repository.
 */
final class Screenshots {

	/** Share of pixels that may differ between two pictures of the same page. */
	private static final double TOLERANCE = 0.0005;

	private Screenshots() {
	}

	/** Whether {@code png} shows something other than the picture at {@code file} (or there is none). */
	static boolean differ(Path file, byte[] png) throws IOException {
		if (!Files.isRegularFile(file)) {
			return true;
		}
		BufferedImage before = ImageIO.read(file.toFile());
		BufferedImage after = ImageIO.read(new ByteArrayInputStream(png));
		if (before == null || after == null || before.getWidth() != after.getWidth()
				|| before.getHeight() != after.getHeight()) {
			return true;
		}
		long different = 0;
		for (int y = 0; y < after.getHeight(); y++) {
			for (int x = 0; x < after.getWidth(); x++) {
				if ((before.getRGB(x, y) & 0xFFFFFF) != (after.getRGB(x, y) & 0xFFFFFF)) {
					different++;
				}
			}
		}
		return different > TOLERANCE * after.getWidth() * after.getHeight();
	}

}
