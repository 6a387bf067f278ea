#include "connectors/xlsx/xlsxarchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <zip.h>

#include <algorithm>
#include <cstring>

namespace miq {

namespace {

QString zipErrorText(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromLocal8Bit(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

// The signature of an OLE2 compound file: old .xls workbooks, and encrypted .xlsx workbooks,
// which Office wraps in one ("EncryptedPackage" stream) whatever the file is called.
constexpr char oleSignature[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

QByteArray utf16Name(const char *name)
{
    QByteArray bytes;
    for (const char *c = name; *c; ++c) {
        bytes += *c;
        bytes += '\0';
    }
    return bytes;
}

} // namespace

XlsxEntryDevice::XlsxEntryDevice(zip_file *file, qint64 size, qint64 compressedSize)
    : m_file(file)
    , m_size(size)
    , m_compressedSize(compressedSize)
{
    // Unbuffered: QXmlStreamReader reads in blocks of its own, a second buffer would only copy.
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

XlsxEntryDevice::~XlsxEntryDevice()
{
    zip_fclose(m_file);
}

qint64 XlsxEntryDevice::compressedRead() const
{
    if (m_size <= 0)
        return m_compressedSize;
    return qint64(double(m_compressedSize) * double(m_inflated) / double(m_size));
}

qint64 XlsxEntryDevice::readData(char *data, qint64 maxSize)
{
    if (m_failed)
        return -1;
    const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(maxSize));
    if (n < 0) {
        m_failed = true;
        setErrorString(QString::fromLocal8Bit(zip_error_strerror(zip_file_get_error(m_file))));
        return -1;
    }
    m_inflated += n;
    return n;
}

XlsxArchive::XlsxArchive(zip *archive, QString path, QString described)
    : m_zip(archive)
    , m_path(std::move(path))
    , m_described(std::move(described))
{}

XlsxArchive::~XlsxArchive()
{
    zip_discard(m_zip);
}

Result<std::unique_ptr<XlsxArchive>> XlsxArchive::open(const QString &path, const QString &sourceName)
{
    const QString described =
        tr("'%1' in source '%2'").arg(QDir::toNativeSeparators(QFileInfo(path).fileName()), sourceName);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("Cannot open %1: %2").arg(described, file.errorString()));
    const QByteArray head = file.read(8);
    file.close();
    if (head.size() == 8 && std::memcmp(head.constData(), oleSignature, 8) == 0) {
        if (std::optional<QString> message = describeCompoundFile(path, described))
            return Error(*message);
    }

    int code = 0;
    zip *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!archive) {
        // A zip that starts right but whose directory at the end cannot be found: cut short.
        if (code == ZIP_ER_NOZIP && head.startsWith("PK\x03\x04"))
            return Error(tr("Cannot read %1: the zip archive is damaged or incomplete (its directory "
                            "at the end of the file is missing).")
                             .arg(described));
        if (code == ZIP_ER_NOZIP)
            return Error(tr("%1 is not an Excel workbook: an .xlsx file is a zip archive and this file "
                            "is not one.")
                             .arg(described));
        return Error(tr("Cannot read %1: %2").arg(described, zipErrorText(code)));
    }
    return std::unique_ptr<XlsxArchive>(new XlsxArchive(archive, path, described));
}

// Tells an encrypted workbook from an .xls by the names in the compound file's directory, stored as
// UTF-16 text; the file is scanned in bounded chunks, whatever its size.
std::optional<QString> XlsxArchive::describeCompoundFile(const QString &path, const QString &described)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot open %1: %2").arg(described, file.errorString());
    const QByteArray encrypted = utf16Name("EncryptedPackage");
    const QByteArray biff8 = utf16Name("Workbook");
    const QByteArray biff5 = utf16Name("Book");
    constexpr qint64 chunk = 1 << 20;
    const qint64 overlap = encrypted.size();
    QByteArray window;
    bool xls = false;
    while (!file.atEnd()) {
        window = window.right(overlap) + file.read(chunk);
        if (window.contains(encrypted))
            return tr("%1 is a password-protected workbook: password-protected workbooks are not "
                      "supported. Save a copy without the password (File > Info > Protect Workbook in "
                      "Excel) and read that.")
                .arg(described);
        xls = xls || window.contains(biff8) || window.contains(biff5);
        if (file.error() != QFileDevice::NoError)
            return tr("Cannot read %1: %2").arg(described, file.errorString());
    }
    if (xls)
        return tr("%1 is an Excel 97-2003 workbook (.xls), which is not supported. Save it as an "
                  "Excel workbook (.xlsx) in Excel or LibreOffice and read that.")
            .arg(described);
    return tr("%1 is an OLE compound document (an older Office file), not an Excel workbook (.xlsx).")
        .arg(described);
}

bool XlsxArchive::contains(const QString &part) const
{
    return zip_name_locate(m_zip, part.toUtf8().constData(), ZIP_FL_NOCASE) >= 0;
}

Result<std::unique_ptr<XlsxEntryDevice>> XlsxArchive::openPart(const QString &part) const
{
    const zip_int64_t index = zip_name_locate(m_zip, part.toUtf8().constData(), ZIP_FL_NOCASE);
    if (index < 0)
        return Error(tr("%1 is damaged: the part '%2' is missing.").arg(m_described, part));
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &stat) != 0)
        return Error(tr("Cannot read '%1' in %2: %3")
                         .arg(part, m_described, QString::fromLocal8Bit(zip_strerror(m_zip))));
    zip_file *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file) {
        if (zip_error_code_zip(zip_get_error(m_zip)) == ZIP_ER_NOPASSWD)
            return Error(tr("%1 is password-protected: password-protected workbooks are not supported.")
                             .arg(m_described));
        return Error(tr("Cannot read '%1' in %2: %3")
                         .arg(part, m_described, QString::fromLocal8Bit(zip_strerror(m_zip))));
    }
    const qint64 size = (stat.valid & ZIP_STAT_SIZE) ? qint64(stat.size) : -1;
    const qint64 compressed = (stat.valid & ZIP_STAT_COMP_SIZE) ? qint64(stat.comp_size) : size;
    return std::make_unique<XlsxEntryDevice>(file, size, compressed);
}

Result<QString> XlsxArchive::workbookPart() const
{
    QString part;
    if (contains(QStringLiteral("_rels/.rels"))) {
        Result<std::unique_ptr<XlsxEntryDevice>> rels = openPart(QStringLiteral("_rels/.rels"));
        if (!rels)
            return Error(rels.error());
        QXmlStreamReader xml(rels->get());
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
                continue;
            const QXmlStreamAttributes attributes = xml.attributes();
            if (attributes.value(QLatin1String("Type")).endsWith(u"/officeDocument")) {
                part = attributes.value(QLatin1String("Target")).toString();
                break;
            }
        }
        if (xml.hasError() && part.isEmpty())
            return Error(tr("%1 is damaged: its package relationships (_rels/.rels) are not valid XML: %2")
                             .arg(m_described, xml.errorString()));
        if (part.startsWith(QLatin1Char('/')))
            part.remove(0, 1);
        part = QDir::cleanPath(part);
    }
    if (part.isEmpty() || part == u".")
        part = QStringLiteral("xl/workbook.xml");
    if (part.endsWith(QLatin1String(".bin"), Qt::CaseInsensitive))
        return Error(tr("%1 is an Excel binary workbook (.xlsb), which is not supported. Save it as an "
                        "Excel workbook (.xlsx) and read that.")
                         .arg(m_described));
    if (!contains(part))
        return Error(notAWorkbookMessage());
    return part;
}

QString XlsxArchive::notAWorkbookMessage() const
{
    // An OpenDocument file names its type in a "mimetype" entry at the start of the archive.
    if (contains(QStringLiteral("mimetype"))) {
        Result<std::unique_ptr<XlsxEntryDevice>> mime = openPart(QStringLiteral("mimetype"));
        if (mime && (*mime)->read(128).contains("opendocument.spreadsheet"))
            return tr("%1 is an OpenDocument spreadsheet (.ods), not an Excel workbook. Save it as an "
                      "Excel workbook (.xlsx) and read that.")
                .arg(m_described);
    }
    if (contains(QStringLiteral("word/document.xml")) || contains(QStringLiteral("ppt/presentation.xml")))
        return tr("%1 is a Word or PowerPoint document, not an Excel workbook.").arg(m_described);
    return tr("%1 is a zip archive but not an Excel workbook: it has no workbook part (xl/workbook.xml).")
        .arg(m_described);
}

} // namespace miq
