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
    <name>MariaDbCell</name>
    <message numerus="yes">
        <source>bit value of %n byte(s) is beyond a 64-bit integer</source>
        <translation>
            <numerusform>bit value of %n byte is beyond a 64-bit integer</numerusform>
            <numerusform>bit value of %n bytes is beyond a 64-bit integer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileCharts</name>
    <message numerus="yes">
        <source>%1 … %2 (%n bars; hover one for its range)</source>
        <translation>
            <numerusform>%1 … %2 (%n bar; hover it for its range)</numerusform>
            <numerusform>%1 … %2 (%n bars; hover one for its range)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileComparison</name>
    <message numerus="yes">
        <source>New format in &apos;%1&apos;: %2 (%n value(s))</source>
        <translation>
            <numerusform>New format in &apos;%1&apos;: %2 (%n value)</numerusform>
            <numerusform>New format in &apos;%1&apos;: %2 (%n values)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New date format in &apos;%1&apos;: %2 (%n value(s))</source>
        <translation>
            <numerusform>New date format in &apos;%1&apos;: %2 (%n value)</numerusform>
            <numerusform>New date format in &apos;%1&apos;: %2 (%n values)</numerusform>
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
    <message numerus="yes">
        <source>Loading again the %n row(s) run #%1 quarantined, from the source as it is now.</source>
        <translation>
            <numerusform>Loading again the %n row run #%1 quarantined, from the source as it is now.</numerusform>
            <numerusform>Loading again the %n rows run #%1 quarantined, from the source as it is now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incremental: loading the rows whose &apos;%1&apos; is at least %2 (%n row(s) with that value were loaded before and are skipped).</source>
        <translation>
            <numerusform>Incremental: loading the rows whose &apos;%1&apos; is at least %2 (%n row with that value was loaded before and is skipped).</numerusform>
            <numerusform>Incremental: loading the rows whose &apos;%1&apos; is at least %2 (%n rows with that value were loaded before and are skipped).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took the types of %n column(s) as the source declares them.</source>
        <translation>
            <numerusform>Took the type of %n column as the source declares it.</numerusform>
            <numerusform>Took the types of %n columns as the source declares them.</numerusform>
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
    <name>miq::ProfileColumnDetails</name>
    <message numerus="yes">
        <source>%1 to %2 in %n bin(s)</source>
        <translation>
            <numerusform>%1 to %2 in %n bin</numerusform>
            <numerusform>%1 to %2 in %n bins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>miq::ProfilePane</name>
    <message numerus="yes">
        <source>What changed from %1 to %2: %n finding(s), most severe first.</source>
        <translation>
            <numerusform>What changed from %1 to %2: %n finding.</numerusform>
            <numerusform>What changed from %1 to %2: %n findings, most severe first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Profiled &apos;%1&apos;: %2 rows, %3 columns, %n alert(s) in %4.</source>
        <translation>
            <numerusform>Profiled &apos;%1&apos;: %2 rows, %3 columns, %n alert in %4.</numerusform>
            <numerusform>Profiled &apos;%1&apos;: %2 rows, %3 columns, %n alerts in %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n saved profile(s) of &apos;%1&apos; from the workspace? The data is not touched.</source>
        <translation>
            <numerusform>Remove %n saved profile of &apos;%1&apos; from the workspace? The data is not touched.</numerusform>
            <numerusform>Remove %n saved profiles of &apos;%1&apos; from the workspace? The data is not touched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>miq::RestClient</name>
    <message numerus="yes">
        <source>%1 failed after %n attempts: %2.</source>
        <translation>
            <numerusform>%1 failed after %n attempt: %2.</numerusform>
            <numerusform>%1 failed after %n attempts: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the response is larger than %n MiB; ask for smaller pages (page size)</source>
        <translation>
            <numerusform>the response is larger than %n MiB; ask for smaller pages (page size)</numerusform>
            <numerusform>the response is larger than %n MiB; ask for smaller pages (page size)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no response within %n second(s)</source>
        <translation>
            <numerusform>no response within %n second</numerusform>
            <numerusform>no response within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the server asks to wait %n second(s) before trying again</source>
        <translation>
            <numerusform>%1; the server asks to wait %n second before trying again</numerusform>
            <numerusform>%1; the server asks to wait %n seconds before trying again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>miq::RestConnector</name>
    <message numerus="yes">
        <source>%n record(s) on the first page</source>
        <translation>
            <numerusform>%n record on the first page</numerusform>
            <numerusform>%n records on the first page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad record(s)</source>
        <translation>
            <numerusform>%n bad record</numerusform>
            <numerusform>%n bad records</numerusform>
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
<context>
    <name>miq::XlsxConnector</name>
    <message numerus="yes">
        <source>%Ln error cell(s) (#N/A...) read as empty</source>
        <translation>
            <numerusform>%Ln error cell (#N/A...) read as empty</numerusform>
            <numerusform>%Ln error cells (#N/A...) read as empty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s): %1</source>
        <translation>
            <numerusform>%n sheet: %1</numerusform>
            <numerusform>%n sheets: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
