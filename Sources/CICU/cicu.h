/* The system ICU as a link dependency only. No ICU header is included here on purpose:
 * Swift modules must not see <unicode/*.h> (they clash with the toolchain's private ICU).
 * ICU is reached through CICUShim. */
