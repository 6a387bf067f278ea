#include "connectors/csv/csvconnector.h"

#include "connectors/csv/csvcuts.h"
#include "connectors/csv/csvparallelreader.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <optional>

namespace miq {

namespace {

// Where `reader` will go on (its next record, with the dialect and header it established) when
// its stream can be read in pieces from there: one UTF-8 file, whose raw offsets are positions
// (CsvReader::stopAt() compares them; transcoded text does not keep them). Otherwise nothing.
std::optional<CsvResumeToken> splittableFrom(const CsvReader &reader)
{
    const QByteArray bytes = reader.resumeToken();
    if (bytes.isEmpty())
        return std::nullopt;
    Result<CsvResumeToken> token = CsvResumeToken::decode(bytes, QString());
    if (!token || token->files.size() != 1 || !CsvEncoding::isUtf8(token->fileEncoding))
        return std::nullopt;
    return std::move(*token);
}

const QStringList &suffixes()
{
    static const QStringList list = {QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt"),
                                     QStringLiteral("tab"), QStringLiteral("psv")};
    return list;
}

bool isPattern(const QString &fileName)
{
    return fileName.contains(QLatin1Char('*')) || fileName.contains(QLatin1Char('?')) ||
           fileName.contains(QLatin1Char('['));
}

} // namespace

CsvConnector::CsvConnector(ConnectionSettings settings)
    : m_settings(std::move(settings))
{}

ConnectorSpec CsvConnector::spec()
{
    ConnectorSpec spec;
    spec.typeId = QStringLiteral("csv");
    spec.displayName = tr("Delimited text (CSV/TSV)");
    spec.description = tr("Comma-, tab-, semicolon- or pipe-separated text files: one file, or a folder "
                          "or pattern of files read as one table.");
    spec.iconName = QStringLiteral("csv");
    spec.fileSuffixes = suffixes();

    ConfigField path;
    path.key = QStringLiteral("path");
    path.label = tr("File, folder or pattern");
    path.kind = ConfigField::Kind::FilePath;
    path.required = true;
    path.help = tr("A file, a folder of delimited files, or a pattern such as /data/*.csv. Several files "
                   "are read in name order as one table and must share their header.");

    ConfigField delimiter;
    delimiter.key = QStringLiteral("delimiter");
    delimiter.label = tr("Delimiter");
    delimiter.defaultValue = QStringLiteral("auto");
    delimiter.help = tr("auto, comma, semicolon, tab, pipe, space or any single character.");

    ConfigField quote;
    quote.key = QStringLiteral("quote");
    quote.label = tr("Quote character");
    quote.kind = ConfigField::Kind::Choice;
    quote.choices = {QStringLiteral("auto"), QStringLiteral("\""), QStringLiteral("'"),
                     QStringLiteral("none")};
    quote.defaultValue = QStringLiteral("auto");
    quote.help = tr("The character around fields that hold delimiters or line breaks; none for files "
                    "without quoting.");

    ConfigField header;
    header.key = QStringLiteral("header");
    header.label = tr("First row is a header");
    header.kind = ConfigField::Kind::Choice;
    header.choices = {QStringLiteral("auto"), QStringLiteral("yes"), QStringLiteral("no")};
    header.defaultValue = QStringLiteral("auto");
    header.help = tr("auto guesses from the first rows: a header is distinct text above numbers or dates.");

    ConfigField encoding;
    encoding.key = QStringLiteral("encoding");
    encoding.label = tr("Encoding");
    encoding.kind = ConfigField::Kind::Choice;
    encoding.choices = QStringList{QStringLiteral("auto")} + CsvEncoding::commonNames();
    encoding.defaultValue = QStringLiteral("auto");
    encoding.help = tr("auto reads a byte order mark, checks for UTF-8 and otherwise guesses the "
                       "encoding from the bytes.");

    spec.fields = {path, delimiter, quote, header, encoding};
    return spec;
}

Result<CsvConnector::Files> CsvConnector::resolveFiles() const
{
    const QString path = m_settings.value(QStringLiteral("path"));
    if (path.isEmpty())
        return Error(tr("Source '%1' has no file path.").arg(m_settings.sourceName));
    const QFileInfo info(path);
    Files files;
    QFileInfoList entries;
    if (isPattern(info.fileName())) {
        const QDir dir = info.dir();
        if (!dir.exists())
            return Error(tr("Cannot open the folder '%1' in source '%2': No such file or directory")
                             .arg(QDir::toNativeSeparators(dir.path()), m_settings.sourceName));
        files.streamName = info.fileName();
        entries = dir.entryInfoList({info.fileName()}, QDir::Files, QDir::Name);
        if (entries.isEmpty())
            return Error(tr("No files match '%1' in source '%2'.")
                             .arg(QDir::toNativeSeparators(path), m_settings.sourceName));
    } else if (info.isDir()) {
        const QDir dir(path);
        files.streamName = dir.dirName();
        QStringList filters;
        for (const QString &suffix : suffixes())
            filters << QStringLiteral("*.") + suffix;
        entries = dir.entryInfoList(filters, QDir::Files, QDir::Name);
        if (entries.isEmpty())
            return Error(tr("The folder '%1' in source '%2' has no delimited text files (%3).")
                             .arg(QDir::toNativeSeparators(path), m_settings.sourceName,
                                  filters.join(QStringLiteral(", "))));
    } else {
        // A missing file is reported when it is opened, with the system's reason.
        files.paths << path;
        files.streamName = info.completeBaseName();
        return files;
    }
    for (const QFileInfo &entry : std::as_const(entries))
        files.paths << entry.filePath();
    return files;
}

Result<CsvReadConfig> CsvConnector::readConfig(const QStringList &files) const
{
    CsvReadConfig config;
    config.sourceName = m_settings.sourceName;
    config.files = files;
    config.chunkSize = m_chunkSize;

    // Not trimmed: a tab or a space is a valid delimiter.
    const QString delimiter = m_settings.value(QStringLiteral("delimiter"));
    const QString delimiterName = delimiter.trimmed().toLower();
    if (delimiter.size() == 1 && delimiter.at(0).unicode() < 0x80 && delimiter != u"\n" && delimiter != u"\r")
        config.overrides.delimiter = char(delimiter.at(0).unicode());
    else if (delimiterName == u"comma")
        config.overrides.delimiter = ',';
    else if (delimiterName == u"semicolon")
        config.overrides.delimiter = ';';
    else if (delimiterName == u"tab" || delimiterName == u"\\t")
        config.overrides.delimiter = '\t';
    else if (delimiterName == u"pipe")
        config.overrides.delimiter = '|';
    else if (delimiterName == u"space")
        config.overrides.delimiter = ' ';
    else if (!delimiter.isEmpty() && delimiterName != u"auto")
        return Error(tr("The delimiter '%1' of source '%2' is not valid: use auto, comma, semicolon, tab, "
                        "pipe, space or a single character.")
                         .arg(delimiter, m_settings.sourceName));

    const QString quote =
        m_settings.value(QStringLiteral("quote"), QStringLiteral("auto")).trimmed().toLower();
    if (quote == u"\"" || quote == u"double")
        config.overrides.quote = '"';
    else if (quote == u"'" || quote == u"single")
        config.overrides.quote = '\'';
    else if (quote == u"none")
        config.overrides.quote = 0;
    else if (quote != u"auto")
        return Error(tr("The quote character '%1' of source '%2' is not valid: use auto, \", ' or none.")
                         .arg(quote, m_settings.sourceName));
    if (config.overrides.quote && config.overrides.delimiter &&
        *config.overrides.quote == *config.overrides.delimiter)
        return Error(
            tr("Source '%1' uses the same character as delimiter and quote.").arg(m_settings.sourceName));

    const QString header =
        m_settings.value(QStringLiteral("header"), QStringLiteral("auto")).trimmed().toLower();
    if (header == u"yes" || header == u"true" || header == u"1")
        config.overrides.header = true;
    else if (header == u"no" || header == u"false" || header == u"0")
        config.overrides.header = false;
    else if (header != u"auto")
        return Error(tr("The header setting '%1' of source '%2' is not valid: use auto, yes or no.")
                         .arg(header, m_settings.sourceName));

    const QString encoding = m_settings.value(QStringLiteral("encoding"), QStringLiteral("auto")).trimmed();
    if (encoding.compare(u"auto", Qt::CaseInsensitive) != 0) {
        config.encoding = CsvEncoding::canonicalName(encoding);
        if (config.encoding.isEmpty())
            return Error(tr("The encoding '%1' of source '%2' is not supported.")
                             .arg(encoding, m_settings.sourceName));
    }
    return config;
}

Result<std::unique_ptr<CsvReader>> CsvConnector::openReader(const Files &files,
                                                            const ReadOptions &options) const
{
    Result<CsvReadConfig> config = readConfig(files.paths);
    if (!config)
        return Error(config.error());
    return CsvReader::open(std::move(config).value(), options);
}

QString CsvConnector::describe(const CsvReader &reader, qsizetype fileCount)
{
    const CsvDialect &dialect = reader.dialect();
    QStringList parts{QString::fromLatin1(dialect.encoding)};
    if (dialect.delimiter == '\t')
        parts << tr("tab delimited");
    else if (dialect.delimiter == ' ')
        parts << tr("space delimited");
    else
        parts << tr("'%1' delimited").arg(QLatin1Char(dialect.delimiter));
    if (dialect.quote == '\'')
        parts << tr("single-quoted");
    else if (dialect.quote == 0)
        parts << tr("no quoting");
    parts << (dialect.header ? tr("header row") : tr("no header row"));
    if (fileCount > 1)
        parts << tr("%1 files").arg(fileCount);
    return parts.join(QStringLiteral(", "));
}

Result<QString> CsvConnector::checkConnection()
{
    const Result<Files> files = resolveFiles();
    if (!files)
        return Error(files.error());
    Result<std::unique_ptr<CsvReader>> reader = openReader(*files, {});
    if (!reader)
        return Error(reader.error());
    CsvReader &r = **reader;
    if (Status checked = r.checkRemainingFiles(); !checked)
        return Error(checked.error());
    const std::size_t columns = r.schema()->size();
    const QString columnText = columns == 0   ? tr("no columns (the file is empty)")
                               : columns == 1 ? tr("1 column")
                                              : tr("%1 columns").arg(columns);
    return QString(columnText + QStringLiteral(", ") + describe(r, files->paths.size()));
}

Result<QList<StreamInfo>> CsvConnector::discover()
{
    const Result<Files> files = resolveFiles();
    if (!files)
        return Error(files.error());
    Result<std::unique_ptr<CsvReader>> reader = openReader(*files, {});
    if (!reader)
        return Error(reader.error());
    const CsvReader &r = **reader;
    StreamInfo info;
    info.name = files->streamName;
    info.kind = StreamInfo::Kind::File;
    for (const Field &field : *r.schema())
        info.columns.append({field.name, ColumnType::String, QStringLiteral("text")});
    info.sizeBytes = r.totalBytes();
    info.rowEstimate = r.estimatedRows();
    info.detail = describe(r, files->paths.size());
    return QList<StreamInfo>{info};
}

Result<std::unique_ptr<StreamReader>> CsvConnector::openStream(const QString &stream,
                                                               const ReadOptions &options)
{
    const Result<Files> files = resolveFiles();
    if (!files)
        return Error(files.error());
    if (!stream.isEmpty() && stream != files->streamName)
        return Error(tr("Source '%1' has no stream '%2'; its only stream is '%3'.")
                         .arg(m_settings.sourceName, stream, files->streamName));
    Result<std::unique_ptr<CsvReader>> reader = openReader(*files, options);
    if (!reader)
        return Error(reader.error());
    // A large single UTF-8 file is parsed in chunks on several threads, in order.
    const int workers = m_parseThreads;
    if (workers > 1 && files->paths.size() == 1 && options.limitRows < 0) {
        const std::optional<CsvResumeToken> start = splittableFrom(**reader);
        if (start && start->files.constFirst().size - start->offset >= 4 * CsvParallelReader::chunkBytes) {
            // Workers open their readers on their own threads, maybe after this connector is gone:
            // the function holds everything it needs.
            Result<CsvReadConfig> config = readConfig(files->paths);
            if (!config)
                return Error(config.error());
            auto openAt = [config = std::move(*config), options](const QByteArray &token) {
                ReadOptions at = options;
                at.resumeFrom = token;
                return CsvReader::open(config, at);
            };
            return std::unique_ptr<StreamReader>(std::make_unique<CsvParallelReader>(
                std::move(openAt), files->paths.constFirst(), *start, (*reader)->schema(), options, workers));
        }
    }
    return std::unique_ptr<StreamReader>(std::move(reader).value());
}

Result<std::vector<std::unique_ptr<StreamReader>>>
CsvConnector::openStreamParts(const QString &stream, const ReadOptions &options, int parts)
{
    constexpr qint64 minPartBytes = 8 << 20;
    const Result<Files> files = resolveFiles();
    if (parts <= 1 || !files || files->paths.size() != 1 || !options.resumeFrom.isEmpty() || options.limitRows >= 0)
        return Connector::openStreamParts(stream, options, 1);
    if (!stream.isEmpty() && stream != files->streamName)
        return Connector::openStreamParts(stream, options, 1); // openStream() names the problem
    Result<std::unique_ptr<CsvReader>> first = openReader(*files, options);
    if (!first)
        return Error(first.error());
    // The position of the first data record: every part starts from a copy of it, moved to its
    // own offset.
    const std::optional<CsvResumeToken> token = splittableFrom(**first);
    std::vector<std::unique_ptr<StreamReader>> readers;
    if (!token) {
        readers.push_back(std::move(*first));
        return readers;
    }
    const qint64 size = token->files.constFirst().size;
    parts = int(std::min<qint64>(parts, (size - token->offset) / minPartBytes));
    std::vector<qint64> starts{token->offset};
    QFile file(files->paths.constFirst());
    if (parts > 1 && file.open(QIODevice::ReadOnly)) {
        for (int k = 1; k < parts; ++k) {
            const qint64 target = token->offset + (size - token->offset) * k / parts;
            const qint64 cut = recordCutAfter(file, starts.back(), target, size, token->dialect.quote);
            if (cut < 0)
                break;
            starts.push_back(cut);
        }
    }
    for (std::size_t k = 0; k < starts.size(); ++k) {
        std::unique_ptr<CsvReader> part;
        if (k == 0) {
            part = std::move(*first);
        } else {
            ReadOptions partOptions = options;
            partOptions.resumeFrom = token->pieceAt(starts[k]).encode();
            Result<std::unique_ptr<CsvReader>> opened = openReader(*files, partOptions);
            if (!opened)
                return Error(opened.error());
            part = std::move(*opened);
        }
        if (k + 1 < starts.size())
            part->stopAt(starts[k + 1]);
        readers.push_back(std::move(part));
    }
    return readers;
}

} // namespace miq
