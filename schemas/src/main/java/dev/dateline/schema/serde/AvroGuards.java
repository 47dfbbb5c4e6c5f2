package dev.dateline.schema.serde;

import org.apache.avro.SystemLimitException;
import org.apache.avro.util.ClassSecurityValidator;

/**
 * Process-wide Avro settings every Dateline decoder relies on, installed once before the first
 * decode.
 *
 * <ul>
 *   <li>Trust: Avro 1.12 refuses to instantiate classes named by a schema unless trusted; this adds
 *       Dateline's generated records ({@code dev.dateline.schema.*}) to the default list instead of
 *       asking every user to set {@code org.apache.avro.SERIALIZABLE_PACKAGES}.</li>
 *   <li>Limits: a corrupt length prefix must not make the decoder allocate gigabytes. No Dateline
 *       record comes near 8 MB, so longer strings, byte arrays or collections are refused as
 *       corrupt. An operator's own {@code -Dorg.apache.avro.limits.*} settings are kept.</li>
 * </ul>
 */
final class AvroGuards {

    static final int MAX_LENGTH = 8 * 1024 * 1024;
    private static final String PACKAGE = "dev.dateline.schema.";
    private static boolean installed;

    private AvroGuards() {
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        // read by SystemLimitException's static initialiser, so set before any decode
        for (String property : new String[] {SystemLimitException.MAX_STRING_LENGTH_PROPERTY,
                SystemLimitException.MAX_BYTES_LENGTH_PROPERTY, SystemLimitException.MAX_COLLECTION_LENGTH_PROPERTY}) {
            if (System.getProperty(property) == null) {
                System.setProperty(property, Integer.toString(MAX_LENGTH));
            }
        }
        ClassSecurityValidator.ClassSecurityPredicate ours = new ClassSecurityValidator.ClassSecurityPredicate() {
            @Override
            public boolean isTrusted(Class<?> clazz) {
                String name = clazz.getName();
                return name.startsWith(PACKAGE) && name.indexOf('.', PACKAGE.length()) < 0;
            }
        };
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), ours));
        installed = true;
    }
}
