#pragma once

#include "connectors/result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <memory>
#include <optional>

struct zip;
struct zip_file;

namespace miq {

// One part of the archive as a sequential device that inflates as it is read, so that a sheet of
// a million rows goes through a fixed-size buffer instead of memory. A read error (a damaged
// entry, a CRC mismatch) makes read() fail with the zip library's reason in errorString().
class XlsxEntryDevice : public QIODevice
{
public:
    XlsxEntryDevice(zip_file *file, qint64 size, qint64 compressedSize);
    ~XlsxEntryDevice() override;

    bool isSequential() const override { return true; }
    // Uncompressed bytes of the part read so far, and its size.
    qint64 inflated() const { return m_inflated; }
    qint64 inflatedSize() const { return m_size; }
    // Progress in the archive's own bytes: the compressed size, in proportion to what was read.
    qint64 compressedRead() const;
    qint64 compressedSize() const { return m_compressedSize; }
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    zip_file *m_file;
    qint64 m_size;
    qint64 m_compressedSize;
    qint64 m_inflated = 0;
    bool m_failed = false;
};

// An .xlsx file opened as a zip archive (libzip), read-only. Opening it tells apart the inputs
// that are not workbooks: an encrypted workbook or an old .xls (both OLE compound files), a file
// that is not a zip at all, and a zip that holds no workbook (an .ods, a .docx...).
class XlsxArchive
{
    Q_DECLARE_TR_FUNCTIONS(miq::XlsxArchive)

public:
    static Result<std::unique_ptr<XlsxArchive>> open(const QString &path, const QString &sourceName);
    ~XlsxArchive();
    XlsxArchive(const XlsxArchive &) = delete;
    XlsxArchive &operator=(const XlsxArchive &) = delete;

    // "'book.xlsx' in source 'Sales'", for messages.
    const QString &describedFile() const { return m_described; }
    const QString &path() const { return m_path; }

    // Part names as in the package ("xl/workbook.xml"), looked up without regard to case as
    // OPC part names are.
    bool contains(const QString &part) const;
    Result<std::unique_ptr<XlsxEntryDevice>> openPart(const QString &part) const;

    // The workbook part named by _rels/.rels (usually xl/workbook.xml); an error that says what
    // the file is instead when the archive holds no workbook.
    Result<QString> workbookPart() const;

private:
    XlsxArchive(zip *archive, QString path, QString described);
    static std::optional<QString> describeCompoundFile(const QString &path, const QString &described);
    QString notAWorkbookMessage() const;

    zip *m_zip;
    QString m_path;
    QString m_described;
};

} // namespace miq
