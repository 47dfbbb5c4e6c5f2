package dev.dateline.bench.extraction;

import dev.dateline.extraction.Extractor;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The heap the compiled engine keeps: used heap after a full collection with ten engines alive,
 * minus used heap before, divided by ten.
 *
 * <pre>java -cp 'bench/target/classes:bench/target/lib/*' dev.dateline.bench.extraction.EngineFootprint</pre>
 */
public final class EngineFootprint {

    private EngineFootprint() {
    }

    public static void main(String[] args) throws InterruptedException {
        Extractor.create(); // load classes first, so that only instances are measured
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = settledUsed(memory);
        Extractor[] engines = new Extractor[10];
        for (int i = 0; i < engines.length; i++) {
            engines[i] = Extractor.create();
        }
        long after = settledUsed(memory);
        System.out.printf("compiled engine: %.2f MB of heap each (%d engines alive)%n",
                (after - before) / 10.0 / (1024 * 1024), engines.length);
    }

    private static long settledUsed(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
