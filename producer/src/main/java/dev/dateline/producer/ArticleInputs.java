package dev.dateline.producer;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The records of every input in turn, streamed: JSON Lines files, RSS/Atom feed files, text or
 * Markdown files with front matter, directories of text files, and standard input ({@code -}).
 * Any of them may be gzip-compressed (recognised by its content, not its name).
 *
 * <p>The format comes from the file name ({@code .jsonl .ndjson .json}, {@code .xml .rss .atom},
 * {@code .txt .md .markdown}, each optionally followed by {@code .gz}) unless one is forced; for
 * standard input and other names it is recognised from the first character ({@code {} JSON Lines,
 * {@code <} a feed, {@code -} front matter).
 *
 * <p>Memory stays flat in the input size: JSON Lines are read a line at a time, a text file is one
 * article, and a feed is a bounded document read whole. An input that cannot be read to its end
 * (a truncated gzip stream, bytes that are not UTF-8) becomes one unreadable record saying where
 * reading stopped, and the next input is read.
 */
public final class ArticleInputs implements Iterator<InputRecord>, AutoCloseable {

    /** How to read an input. */
    public enum Format {
        AUTO, JSONL, FEED, TEXT;

        /** The format a file name says, or AUTO. */
        static Format ofName(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.endsWith(".gz")) {
                n = n.substring(0, n.length() - 3);
            }
            if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
                return JSONL;
            }
            if (n.endsWith(".xml") || n.endsWith(".rss") || n.endsWith(".atom")) {
                return FEED;
            }
            if (n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".markdown")) {
                return TEXT;
            }
            return AUTO;
        }
    }

    /** One input: a file, or standard input when {@code path} is null. */
    private record Source(Path path, String name) {
    }

    private static final int BUFFER = 64 * 1024;

    private final List<Source> sources;
    private final Format forced;
    private final InputStream stdin;
    private final long maxTextBytes;
    private final long totalBytes;
    private final AtomicLong bytesRead = new AtomicLong();
    private int index;
    private Iterator<InputRecord> current;
    private AutoCloseable currentResource;
    private Source currentSource;
    private Origin lastOrigin;
    private InputRecord pending;

    private ArticleInputs(List<Source> sources, Format forced, InputStream stdin, long maxTextBytes) {
        this.sources = sources;
        this.forced = forced;
        this.stdin = stdin;
        this.maxTextBytes = maxTextBytes;
        long total = 0;
        for (Source s : sources) {
            if (s.path == null) {
                total = -1;
                break;
            }
            try {
                total += Files.size(s.path);
            } catch (IOException e) {
                total = -1;
                break;
            }
        }
        this.totalBytes = total;
    }

    /**
     * Resolves {@code names} (files, directories, {@code -}) into inputs, failing at once when one
     * does not exist, so that a typo is reported before anything is published.
     *
     * @param notices told about files skipped in directories because they are not articles
     * @param maxTextBytes largest text file read (a larger one is rejected without being read whole)
     */
    public static ArticleInputs open(List<String> names, Format format, InputStream stdin, long maxTextBytes,
                                     Consumer<String> notices) throws IOException {
        List<Source> sources = new ArrayList<>();
        for (String name : names) {
            if (name.equals("-")) {
                sources.add(new Source(null, "stdin"));
                continue;
            }
            Path path = Path.of(name);
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                int ignored = 0;
                for (Path f : files) {
                    String fileName = f.getFileName().toString();
                    if (!fileName.startsWith(".") && Format.ofName(fileName) == Format.TEXT) {
                        sources.add(new Source(f, f.toString()));
                    } else {
                        ignored++;
                    }
                }
                if (ignored > 0) {
                    notices.accept(name + ": ignored " + ignored + " file" + (ignored == 1 ? "" : "s")
                            + " that are not .txt or .md articles");
                }
            } else if (Files.isRegularFile(path) || Files.exists(path)) {
                if (!Files.isReadable(path)) {
                    throw new NoSuchFileException(name, null, "not readable");
                }
                sources.add(new Source(path, name));
            } else {
                throw new NoSuchFileException(name, null, "no such file or directory");
            }
        }
        return new ArticleInputs(sources, format, stdin, maxTextBytes);
    }

    /** Compressed bytes read so far from the inputs (what {@link #totalBytes} counts). */
    public long bytesRead() {
        return bytesRead.get();
    }

    /** The sum of the input files' sizes, or -1 when unknown (standard input). */
    public long totalBytes() {
        return totalBytes;
    }

    /** The number of inputs (files, after expanding directories, and standard input). */
    public int inputCount() {
        return sources.size();
    }

    @Override
    public boolean hasNext() {
        while (pending == null) {
            if (current != null) {
                try {
                    if (current.hasNext()) {
                        pending = current.next();
                        lastOrigin = pending.origin();
                        break;
                    }
                } catch (UncheckedIOException e) {
                    pending = unreadableRest(e.getCause());
                }
                closeCurrent();
                if (pending != null) {
                    break;
                }
            }
            if (index >= sources.size()) {
                return false;
            }
            currentSource = sources.get(index++);
            lastOrigin = null;
            try {
                openCurrent();
            } catch (IOException e) {
                closeCurrent();
                pending = unreadableRest(e);
            }
        }
        return true;
    }

    @Override
    public InputRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputRecord r = pending;
        pending = null;
        return r;
    }

    private InputRecord unreadableRest(IOException e) {
        String where = lastOrigin == null ? "" : " after line " + lastOrigin.line();
        String reason = e instanceof CharacterCodingException
                ? "not UTF-8 text" : (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        return new InputRecord.Unreadable(new Origin(currentSource.name, lastOrigin == null ? 0 : lastOrigin.line() + 1),
                "cannot read on" + where + ": " + reason + "; the rest of this input was not read", "");
    }

    private void openCurrent() throws IOException {
        Source s = currentSource;
        InputStream raw = new Counting(s.path == null ? new NonClosing(stdin) : Files.newInputStream(s.path), bytesRead);
        currentResource = raw;
        BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        InputStream data = in;
        if (b1 == 0x1f && b2 == 0x8b) {
            // not wrapped in a BufferedInputStream: that one would lose the bytes it had already
            // handed over when a truncated stream fails in the middle of a read
            data = new GZIPInputStream(in, BUFFER);
        }
        currentResource = data;
        Format format = forced != Format.AUTO ? forced : Format.ofName(s.name);
        if (format == Format.AUTO) {
            java.io.PushbackInputStream peekable = new java.io.PushbackInputStream(data, BUFFER);
            format = sniff(peekable);
            data = peekable;
        }
        switch (format) {
            case JSONL -> current = new JsonLinesReader(data, s.name);
            case FEED -> current = FeedReader.read(data, s.name);
            case TEXT -> current = List.of(readText(data, s)).iterator();
            default -> throw new IllegalStateException(format.toString());
        }
    }

    private InputRecord readText(InputStream data, Source s) throws IOException {
        byte[] bytes = data.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxTextBytes + 1));
        if (bytes.length > maxTextBytes) {
            return new InputRecord.Unreadable(new Origin(s.name, 1), "body",
                    "the file is over " + maxTextBytes + " bytes, more than an article may have (raise it with --max-body-bytes)",
                    "");
        }
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        return FrontMatterReader.parse(text, s.name);
    }

    /** JSON Lines, a feed or front matter, from the first character that is not white space or a BOM. */
    private static Format sniff(java.io.PushbackInputStream in) throws IOException {
        byte[] seen = new byte[BUFFER];
        int count = 0;
        Format format = Format.JSONL; // empty or only white space: no records either way
        while (count < BUFFER) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            seen[count++] = (byte) b;
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF) {
                continue;
            }
            format = switch (b) {
                case '<' -> Format.FEED;
                case '-' -> Format.TEXT;
                default -> Format.JSONL;
            };
            break;
        }
        in.unread(seen, 0, count);
        return format;
    }

    private void closeCurrent() {
        if (currentResource != null) {
            try {
                currentResource.close();
            } catch (Exception e) {
                // reading is over; a failure to close a read-only file changes nothing
            }
        }
        current = null;
        currentResource = null;
    }

    @Override
    public void close() {
        closeCurrent();
    }

    /** Counts the bytes read from an input, for progress and ETA. */
    private static final class Counting extends FilterInputStream {
        private final AtomicLong count;

        Counting(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }

    /** Standard input stays open for whoever owns it. */
    private static final class NonClosing extends FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // not ours to close
        }
    }
}
