<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConnectorRegistry</name>
    <message>
        <source>Unknown connector type &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no setting &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is secret and is not stored with the other settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; is not configured correctly: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has an unknown connector type &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell which kind of file &apos;%1&apos; is from its suffix &apos;.%2&apos;. Add it as a source with an explicit type instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>source &apos;%1&apos; (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace &apos;%1&apos;: it is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create workspace &apos;%1&apos;: the folder &apos;%2&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create workspace &apos;%1&apos;: the folder &apos;%2&apos; is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace &apos;%1&apos;: the file is not a MigrateIQ workspace (it is not an SQLite database, or it is corrupt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace &apos;%1&apos;: the file is read-only. Make it writable or copy it to a writable place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace &apos;%1&apos;: its folder is read-only, and a workspace needs to write its journal beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update workspace &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update workspace &apos;%1&apos; to schema version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create workspace &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos; is locked by another program; close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace &apos;%1&apos;: the file is corrupt or not a workspace (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;: it is an SQLite database but not a MigrateIQ workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos; was saved by a newer version of MigrateIQ (schema version %2; this version understands up to %3). Update MigrateIQ to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace &apos;%1&apos;: the file is corrupt (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace &apos;%1&apos;: its identity record is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the sources of workspace &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read source #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no source #%1 in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read source &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no source named &apos;%1&apos; in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source named &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add source &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save source &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove source &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the test result of source #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the audit log of workspace &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit log of workspace &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>miq::SourceOperations</name>
    <message>
        <source>Source &apos;%1&apos; has no streams to preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of &apos;%1&apos; was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>miq::SourceSecrets</name>
    <message>
        <source>No keychain is available; the secrets are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The secrets are kept in memory for this session only and will have to be entered again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>miq::StreamInfo</name>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
