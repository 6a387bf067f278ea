<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CsvReadBack</name>
    <message numerus="yes">
        <source>%n field(s) instead of %1</source>
        <translation>
            <numerusform>%n field instead of %1</numerusform>
            <numerusform>%n fields instead of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqlStreamReader</name>
    <message numerus="yes">
        <source>binary value of %n byte(s)</source>
        <translation>
            <numerusform>binary value of %n byte</numerusform>
            <numerusform>binary value of %n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncRun</name>
    <message numerus="yes">
        <source>Inferred the types of %n column(s) from %1 rows.</source>
        <translation>
            <numerusform>Inferred the type of %n column from %1 rows.</numerusform>
            <numerusform>Inferred the types of %n columns from %1 rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>miq::JobDialog</name>
    <message numerus="yes">
        <source>The first %n row(s), mapped. Column types are inferred from these rows only; a run infers them from every row.</source>
        <translation>
            <numerusform>%n row, mapped. Column types are inferred from this row only; a run infers them from every row.</numerusform>
            <numerusform>The first %n rows, mapped. Column types are inferred from these rows only; a run infers them from every row.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>miq::JsonConnector</name>
    <message numerus="yes">
        <source>%Ln record(s) sampled</source>
        <translation>
            <numerusform>%Ln record sampled</numerusform>
            <numerusform>%Ln records sampled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad record(s)</source>
        <translation>
            <numerusform>%Ln bad record</numerusform>
            <numerusform>%Ln bad records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s), %1</source>
        <translation>
            <numerusform>%n column, %1</numerusform>
            <numerusform>%n columns, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>miq::MappingModel</name>
    <message numerus="yes">
        <source>%n preview row(s) would be quarantined; the first (record %1): %2</source>
        <translation>
            <numerusform>%n preview row would be quarantined (record %1): %2</numerusform>
            <numerusform>%n preview rows would be quarantined; the first (record %1): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>miq::RunDetails</name>
    <message numerus="yes">
        <source>%n quarantined row(s).</source>
        <translation>
            <numerusform>%n quarantined row.</numerusform>
            <numerusform>%n quarantined rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n quarantined row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n quarantined row to %1.</numerusform>
            <numerusform>Wrote %n quarantined rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>miq::SourcesPane</name>
    <message numerus="yes">
        <source>Preview of &apos;%1&apos;: first %n row(s)</source>
        <translation>
            <numerusform>Preview of &apos;%1&apos;: %n row</numerusform>
            <numerusform>Preview of &apos;%1&apos;: first %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n malformed record(s) set aside; the first at line %1: %2</source>
        <translation>
            <numerusform>%n malformed record set aside, at line %1: %2</numerusform>
            <numerusform>%n malformed records set aside; the first at line %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>miq::StreamsModel</name>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
</TS>
