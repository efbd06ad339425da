package org.tradenet.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.tradenet.data.DuplicateRows;
import org.tradenet.data.InputFormat;
import org.tradenet.data.MirrorRule;
import org.tradenet.network.WeightKind;
import org.tradenet.report.text.OutputFormat;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Lower-case, hyphenated spellings of enum choices on the command line ({@code importer-first}). */
final class Enums {

    private Enums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        String key = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(key)) {
                return e;
            }
        }
        throw new TypeConversionException("'" + value + "' is not one of " + choices(type));
    }

    static <E extends Enum<E>> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enums::spell).collect(Collectors.joining(", "));
    }

    /** The command-line spelling of a constant. */
    static String spell(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static final class OutputFormatConverter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return parse(OutputFormat.class, value);
        }
    }

    static final class InputFormatConverter implements ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            return parse(InputFormat.class, value);
        }
    }

    static final class MirrorRuleConverter implements ITypeConverter<MirrorRule> {
        @Override
        public MirrorRule convert(String value) {
            return parse(MirrorRule.class, value);
        }
    }

    static final class DuplicateRowsConverter implements ITypeConverter<DuplicateRows> {
        @Override
        public DuplicateRows convert(String value) {
            return parse(DuplicateRows.class, value);
        }
    }

    static final class WeightKindConverter implements ITypeConverter<WeightKind> {
        @Override
        public WeightKind convert(String value) {
            return parse(WeightKind.class, value);
        }
    }
}
