#include "connectors/json/jsonconnector.h"

#include "connectors/json/jsoncolumns.h"
#include "connectors/json/jsoninput.h"
#include "connectors/json/jsonparser.h"
#include "connectors/json/jsonstreamreader.h"

#include <QFileInfo>

namespace miq {

namespace {

const QString FormatAuto = QStringLiteral("auto");
const QString FormatArray = QStringLiteral("array");
const QString FormatNdjson = QStringLiteral("ndjson");

} // namespace

JsonConnector::JsonConnector(ConnectionSettings settings)
    : m_settings(std::move(settings))
{
}

ConnectorSpec JsonConnector::spec()
{
    ConnectorSpec spec;
    spec.typeId = QStringLiteral("json");
    spec.displayName = tr("JSON file (array or NDJSON)");
    spec.description = tr("Records from a JSON file: an array of objects, an array inside a wrapper "
                          "object, or newline-delimited JSON (NDJSON, JSON Lines). Nested objects "
                          "become dotted columns; arrays are kept as JSON text.");
    spec.iconName = QStringLiteral("json");
    spec.fileSuffixes = {QStringLiteral("json"), QStringLiteral("ndjson"), QStringLiteral("jsonl")};

    ConfigField path;
    path.key = QStringLiteral("path");
    path.label = tr("File");
    path.kind = ConfigField::Kind::FilePath;
    path.required = true;
    path.help = tr("The .json, .ndjson or .jsonl file to read.");

    ConfigField format;
    format.key = QStringLiteral("format");
    format.label = tr("Format");
    format.kind = ConfigField::Kind::Choice;
    format.choices = {FormatAuto, FormatArray, FormatNdjson};
    format.defaultValue = FormatAuto;
    format.help = tr("auto: tell from the content; array: a JSON array of objects; "
                     "ndjson: one object per line.");

    ConfigField records;
    records.key = QStringLiteral("records");
    records.label = tr("Records path");
    records.kind = ConfigField::Kind::Text;
    records.help = tr("Dotted path to the array of records inside a top-level object, "
                      "e.g. data.items. Leave empty when the records are at the top level.");

    ConfigField flatten;
    flatten.key = QStringLiteral("flatten_depth");
    flatten.label = tr("Flatten depth");
    flatten.kind = ConfigField::Kind::Integer;
    flatten.defaultValue = DefaultFlattenDepth;
    flatten.minimum = 0;
    flatten.maximum = 64;
    flatten.help = tr("How many levels of nested objects become dotted columns "
                      "(customer.address.city); deeper objects stay JSON text. 0 keeps every "
                      "nested object as JSON text.");

    spec.fields = {path, format, records, flatten};
    return spec;
}

QString JsonConnector::path() const
{
    return m_settings.value(QStringLiteral("path"));
}

QString JsonConnector::streamName() const
{
    return QFileInfo(path()).completeBaseName();
}

Result<JsonScanOptions> JsonConnector::scanOptions() const
{
    const QString file = path();
    if (file.isEmpty())
        return Error(tr("Source '%1' has no file set.").arg(m_settings.sourceName));

    JsonScanOptions options;
    options.flattenDepth = DefaultFlattenDepth;
    const QString depthText = m_settings.value(QStringLiteral("flatten_depth")).trimmed();
    if (!depthText.isEmpty()) {
        bool ok = false;
        const int depth = depthText.toInt(&ok);
        if (!ok || depth < 0 || depth > 64)
            return Error(tr("Source '%1': the flatten depth must be a whole number from 0 to 64, not '%2'.")
                             .arg(m_settings.sourceName, depthText));
        options.flattenDepth = depth;
    }
    options.recordsPath = m_settings.value(QStringLiteral("records")).trimmed().split(QLatin1Char('.'), Qt::SkipEmptyParts);

    const QString format = m_settings.value(QStringLiteral("format"), FormatAuto).trimmed().toLower();
    if (format == FormatArray) {
        options.layout = JsonLayout::Array;
    } else if (format == FormatNdjson) {
        if (!options.recordsPath.isEmpty())
            return Error(tr("Source '%1': a records path applies to a JSON document, not to NDJSON. "
                            "Clear the records path or choose another format.")
                             .arg(m_settings.sourceName));
        options.layout = JsonLayout::Lines;
    } else if (format == FormatAuto) {
        if (!options.recordsPath.isEmpty()) {
            options.layout = JsonLayout::Array;
        } else {
            const Result<JsonLayout> layout = detectLayout(file);
            if (!layout)
                return Error(layout.error());
            options.layout = *layout;
        }
    } else {
        return Error(tr("Source '%1': unknown JSON format '%2' (expected auto, array or ndjson).")
                         .arg(m_settings.sourceName, format));
    }
    return options;
}

// '[' starts an array, whatever the suffix says. '{' starts NDJSON when the suffix says so or
// the first line is a complete object, and otherwise a document of (pretty-printed) objects.
// Anything else is read as an array, which then reports what was found instead.
Result<JsonLayout> JsonConnector::detectLayout(const QString &file) const
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    const bool linesSuffix = suffix == QLatin1String("ndjson") || suffix == QLatin1String("jsonl");

    JsonInput input;
    if (const std::optional<QString> cause = input.open(file))
        return Error(JsonRecordScanner::openErrorMessage(file, m_settings.sourceName, *cause));
    JsonParser parser(input);
    const int first = parser.skipWhitespace();
    if (first == '[')
        return JsonLayout::Array;
    if (linesSuffix)
        return JsonLayout::Lines;
    if (first != '{')
        return JsonLayout::Array;

    // Only the shape matters here: the value is checked, not kept, so that a huge one-line
    // document costs no memory.
    parser.setLineMode(true);
    JsonType type = JsonType::Null;
    if (!parser.parseValue(type, nullptr))
        return parser.error().kind == JsonSyntaxError::Kind::EndOfLine ? JsonLayout::Objects : JsonLayout::Lines;
    const int next = parser.skipWhitespace();
    return next < 0 || next == '\n' ? JsonLayout::Lines : JsonLayout::Objects;
}

QString JsonConnector::layoutName(const JsonScanOptions &options) const
{
    switch (options.layout) {
    case JsonLayout::Array:
        if (options.recordsPath.isEmpty())
            return tr("JSON array");
        return tr("JSON array at '%1'").arg(options.recordsPath.join(QLatin1Char('.')));
    case JsonLayout::Lines: return tr("NDJSON");
    case JsonLayout::Objects: return tr("JSON objects");
    }
    return QString();
}

Result<JsonConnector::Sample> JsonConnector::sample() const
{
    const Result<JsonScanOptions> options = scanOptions();
    if (!options)
        return Error(options.error());
    JsonRecordScanner scanner(path(), m_settings.sourceName, *options);
    if (const std::optional<QString> error = scanner.open())
        return Error(*error);

    JsonColumns columns;
    qint64 records = 0;
    qint64 badRecords = 0;
    bool complete = false;
    qint64 errorLine = 0;
    // Bad records count towards the sample too: a file of nothing but bad lines is not read whole.
    while (records + badRecords < SampleRecords) {
        const JsonRecordScanner::Step step = scanner.next();
        if (step == JsonRecordScanner::Step::Record) {
            columns.add(scanner.record());
            ++records;
        } else if (step == JsonRecordScanner::Step::BadRecord) {
            ++badRecords;
        } else if (step == JsonRecordScanner::Step::End) {
            complete = true;
            break;
        } else {
            // With records before it, the file is still usable up to the error: say where it is.
            if (records == 0)
                return Error(scanner.errorMessage());
            errorLine = scanner.errorLine();
            break;
        }
    }

    Sample result;
    result.layout = scanner.totalBytes() == 0 ? tr("empty file") : layoutName(*options);
    StreamInfo &info = result.info;
    info.name = streamName();
    info.kind = StreamInfo::Kind::File;
    info.columns = columns.columnInfos();
    if (scanner.totalBytes() >= 0)
        info.sizeBytes = scanner.totalBytes();
    if (complete)
        info.rowEstimate = records;
    else if (errorLine == 0 && scanner.bytesRead() > 0 && scanner.totalBytes() > 0)
        info.rowEstimate = qint64(double(records) * double(scanner.totalBytes()) / double(scanner.bytesRead()));

    QStringList detail{result.layout};
    if (scanner.encodingName() != QLatin1String("UTF-8"))
        detail << scanner.encodingName();
    detail << tr("%Ln record(s) sampled", nullptr, int(records));
    if (badRecords > 0)
        detail << tr("%Ln bad record(s)", nullptr, int(badRecords));
    if (errorLine > 0)
        detail << tr("invalid JSON at line %1").arg(errorLine);
    info.detail = detail.join(QStringLiteral(", "));
    return result;
}

Result<QString> JsonConnector::checkConnection()
{
    const Result<Sample> s = sample();
    if (!s)
        return Error(s.error());
    return tr("%n column(s), %1", nullptr, int(s->info.columns.size())).arg(s->layout);
}

Result<QList<StreamInfo>> JsonConnector::discover()
{
    const Result<Sample> s = sample();
    if (!s)
        return Error(s.error());
    return QList<StreamInfo>{s->info};
}

Result<std::unique_ptr<StreamReader>> JsonConnector::openStream(const QString &stream, const ReadOptions &options)
{
    if (!stream.isEmpty() && stream != streamName())
        return Error(tr("Source '%1' has no stream '%2'; its only stream is '%3'.")
                         .arg(m_settings.sourceName, stream, streamName()));
    const Result<JsonScanOptions> scan = scanOptions();
    if (!scan)
        return Error(scan.error());
    return JsonStreamReader::open(path(), m_settings.sourceName, *scan, options);
}

} // namespace miq
