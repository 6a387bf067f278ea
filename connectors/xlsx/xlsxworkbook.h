#pragma once

#include "connectors/result.h"
#include "connectors/xlsx/xlsxarchive.h"
#include "connectors/xlsx/xlsxvalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace miq {

struct XlsxSheet
{
    QString name;
    QString part;       // the sheet's XML part, e.g. "xl/worksheets/sheet1.xml"
    bool hidden = false; // state="hidden" or "veryHidden"
    bool worksheet = true; // false for chart and dialog sheets, which hold no table
};

// The workbook's shared string table: every distinct text of the workbook, which cells refer to by
// index. It has to be held while sheets are read (any cell may refer to any entry), so it is the
// one part kept in memory: one UTF-8 buffer and one offset per string, no object per string.
class XlsxSharedStrings
{
public:
    void append(std::string_view text)
    {
        m_text.append(text);
        m_ends.push_back(m_text.size());
    }
    std::size_t count() const { return m_ends.size(); }
    std::string_view at(std::size_t index) const
    {
        const std::size_t begin = index == 0 ? 0 : m_ends[index - 1];
        return std::string_view(m_text).substr(begin, m_ends[index] - begin);
    }
    std::size_t bytes() const { return m_text.size() + m_ends.size() * sizeof(std::size_t); }

private:
    std::string m_text;
    std::vector<std::size_t> m_ends;
};

// An opened workbook: its sheets in workbook order, its date system, what each cell style's number
// format makes of a number, and (once loaded) the shared strings. Used on one thread.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(miq::XlsxWorkbook)

public:
    static Result<std::shared_ptr<XlsxWorkbook>> open(const QString &path, const QString &sourceName);

    XlsxArchive &archive() const { return *m_archive; }
    const QString &describedFile() const { return m_archive->describedFile(); }
    const QList<XlsxSheet> &sheets() const { return m_sheets; }
    const XlsxSheet *sheet(const QString &name) const;
    XlsxDateSystem dateSystem() const { return m_dateSystem; }
    // What the cell style `s` (an index into cellXfs) shows a number as.
    XlsxNumberKind numberKind(int style) const
    {
        return style >= 0 && std::size_t(style) < m_styleKinds.size() ? m_styleKinds[std::size_t(style)]
                                                                         : XlsxNumberKind::Number;
    }

    // Reads the shared strings the first time (streaming the part; only the strings are kept).
    Status loadSharedStrings();
    const XlsxSharedStrings &sharedStrings() const { return m_sharedStrings; }

    // "sheet 'Sales' in 'book.xlsx' in source 'S'", for messages.
    QString describeSheet(const QString &name) const;

private:
    explicit XlsxWorkbook(std::unique_ptr<XlsxArchive> archive);
    Status readRelationships(const QString &workbookPart);
    Status readWorkbook(const QString &workbookPart);
    Status readStyles();
    QString damaged(const QString &part, const QString &cause, qint64 line) const;

    std::unique_ptr<XlsxArchive> m_archive;
    QList<XlsxSheet> m_sheets;
    XlsxDateSystem m_dateSystem = XlsxDateSystem::Date1900;
    std::vector<XlsxNumberKind> m_styleKinds;
    XlsxSharedStrings m_sharedStrings;
    QString m_sharedStringsPart;
    QString m_stylesPart;
    QHash<QString, QString> m_relTargets; // relationship id -> part
    QHash<QString, QString> m_relTypes;   // relationship id -> type, last path segment
    bool m_sharedStringsLoaded = false;
};

} // namespace miq
