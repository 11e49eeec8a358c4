package city.quanzhou.pilotgraph.search;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The shipped embeddings of the seed data ({@code seed-data/embeddings.bin}), written by {@code SeedEmbeddingsTool}
 * (see seed-data/README.md): binary, big-endian, so that 1,205 vectors of 512 float32 take 2.5 MB rather than
 * several times that as text. Layout: the magic {@code PGEMB} and a format version byte; the model's name (UTF);
 * the dimensions and the entry count (int); then per entity its id (UTF), the 16-byte hash of the text its
 * vector was made from (as {@link EntityEmbeddings} hashes it) and the vector.
 */
final class SeedEmbeddingsFile {

	private static final byte[] MAGIC = { 'P', 'G', 'E', 'M', 'B', 1 };

	private static final int HASH_BYTES = 16;

	private SeedEmbeddingsFile() {
	}

	/** One entity's vector and the hash (hex, as stored on the entity) of the text it was made from. */
	record Entry(String id, String hash, float[] vector) {
	}

	/** What a file holds. */
	record Contents(String model, int dimensions, List<Entry> entries) {
	}

	static void write(OutputStream target, String model, int dimensions, List<Entry> entries) throws IOException {
		DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target));
		out.write(MAGIC);
		out.writeUTF(model);
		out.writeInt(dimensions);
		out.writeInt(entries.size());
		for (Entry entry : entries) {
			if (entry.vector().length != dimensions) {
				throw new IllegalArgumentException("Vector of " + entry.id() + " has " + entry.vector().length
						+ " dimensions, not " + dimensions);
			}
			out.writeUTF(entry.id());
			out.write(HexFormat.of().parseHex(entry.hash()));
			for (float value : entry.vector()) {
				out.writeFloat(value);
			}
		}
		out.flush();
	}

	/** Reads a whole file; a file that is not one of these, or is cut short, is refused with the reason. */
	static Contents read(InputStream source) throws IOException {
		DataInputStream in = new DataInputStream(new BufferedInputStream(source));
		try {
			byte[] magic = in.readNBytes(MAGIC.length);
			if (!Arrays.equals(magic, MAGIC)) {
				throw new IOException("Not a seed embeddings file of format 1 (it does not start with PGEMB and 1)");
			}
			String model = in.readUTF();
			int dimensions = in.readInt();
			int count = in.readInt();
			if (dimensions <= 0 || count < 0) {
				throw new IOException("Seed embeddings file declares " + dimensions + " dimensions and " + count + " entries");
			}
			Entry[] entries = new Entry[count];
			byte[] hash = new byte[HASH_BYTES];
			for (int i = 0; i < count; i++) {
				String id = in.readUTF();
				in.readFully(hash);
				float[] vector = new float[dimensions];
				for (int d = 0; d < dimensions; d++) {
					vector[d] = in.readFloat();
				}
				entries[i] = new Entry(id, HexFormat.of().formatHex(hash), vector);
			}
			if (in.read() != -1) {
				throw new IOException("Seed embeddings file holds more than its " + count + " entries");
			}
			return new Contents(model, dimensions, List.of(entries));
		}
		catch (EOFException ex) {
			throw new IOException("Seed embeddings file is cut short", ex);
		}
	}

}
