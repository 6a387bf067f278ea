#pragma once

#include "connectors/result.h"
#include "connectors/xlsx/xlsxworkbook.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace miq {

// What a cell holds once read. Texts of every kind are canonical UTF-8 (see xlsxvalues.h).
enum class XlsxCellKind : std::uint8_t {
    Text,
    Number,
    Bool,     // "true" / "false"
    Date,     // "2024-03-01"
    DateTime, // "2024-03-01T12:30:00"
    Time,     // "12:30:00"
    Duration, // "36:00:00"
    Error,    // #N/A, #DIV/0!...: no text, delivered as null
};

struct XlsxCell
{
    int column = 0; // 0-based: A = 0
    XlsxCellKind kind = XlsxCellKind::Text;
    std::uint32_t begin = 0; // the text in XlsxRow::text
    std::uint32_t size = 0;
};

// One row of a sheet with at least one value: its cells with a value, in column order. Cells without
// a value (empty, or only styled) are not listed; empty texts count as no value.
struct XlsxRow
{
    qint64 number = 0; // 1-based, as in the sheet
    std::vector<XlsxCell> cells;
    std::string text;
    // The first cell that could not be read (a broken shared-string index, a number that is not
    // one, cells out of order): the row is then a bad record.
    QString badReason;
    int badColumn = -1;

    std::string_view cellText(const XlsxCell &cell) const
    {
        return std::string_view(text).substr(cell.begin, cell.size);
    }
    void clear()
    {
        cells.clear();
        text.clear();
        badReason.clear();
        badColumn = -1;
    }
};

// A block of cells: a merged range, or a sheet's <dimension>. Rows 1-based, columns 0-based.
struct XlsxRange
{
    qint64 firstRow = 0;
    qint64 lastRow = 0;
    int firstColumn = 0;
    int lastColumn = 0;
};

// "AB12" -> column 27 (0-based), row 12; false when the text is no cell reference.
bool parseCellReference(QStringView text, int &column, qint64 &row);
bool parseRangeReference(QStringView text, XlsxRange &range);
// 0 -> "A", 27 -> "AB".
QString columnName(int column);

// Reads one worksheet's rows from its XML part as a stream: the part is inflated and parsed as it is
// read, so memory stays bounded whatever the size of the sheet. Rows without any value are skipped.
//
// With merged ranges set (fill_merged), the value of each range's top-left cell is repeated over the
// whole range, also in rows the XML does not list; the ranges come from readMergedRanges(), a pass of
// its own because <mergeCells> follows the sheet's data in the XML.
class XlsxSheetScanner
{
    Q_DECLARE_TR_FUNCTIONS(miq::XlsxSheetScanner)

public:
    enum class Step { Row, End, Error };

    XlsxSheetScanner(std::shared_ptr<XlsxWorkbook> workbook, XlsxSheet sheet);

    // Loads the shared strings, opens the part and reads up to the first row.
    Status open();
    void setMergedRanges(std::vector<XlsxRange> ranges);
    static Result<std::vector<XlsxRange>> readMergedRanges(XlsxWorkbook &workbook, const XlsxSheet &sheet);

    Step next();
    const XlsxRow &row() const { return m_row; }
    const QString &errorMessage() const { return m_error; }
    // The used range the sheet declares (<dimension ref="A1:D100">), when it declares one.
    const std::optional<XlsxRange> &dimension() const { return m_dimension; }
    // Error cells (#N/A...) met so far.
    qint64 errorCells() const { return m_errorCells; }

    qint64 bytesRead() const { return m_device ? m_device->compressedRead() : 0; }
    qint64 totalBytes() const { return m_device ? m_device->compressedSize() : -1; }

    const XlsxSheet &sheet() const { return m_sheet; }
    XlsxWorkbook &workbook() const { return *m_workbook; }

private:
    struct Merge
    {
        XlsxRange range;
        bool hasValue = false;
        XlsxCellKind kind = XlsxCellKind::Text;
        std::string text;
    };

    Step readRow(XlsxRow &row);
    bool readCell(XlsxRow &row, int &lastColumn);
    // Appends the character data up to the end of the current element.
    void readText(std::string &out);
    void markBad(XlsxRow &row, int column, const QString &reason);
    Step fail(const QString &cause);

    void applyMerges(XlsxRow &row);
    qint64 nextMergedRow(qint64 before) const;

    std::shared_ptr<XlsxWorkbook> m_workbook;
    XlsxSheet m_sheet;
    const XlsxSharedStrings *m_strings = nullptr;
    std::unique_ptr<XlsxEntryDevice> m_device;
    QXmlStreamReader m_xml;
    std::optional<XlsxRange> m_dimension;
    XlsxRow m_row;
    XlsxRow m_pending; // parsed ahead, while merged rows before it are handed out
    bool m_havePending = false;
    bool m_xmlDone = false;
    qint64 m_lastXmlRow = 0;
    qint64 m_nextRow = 1; // the first row number not handed out yet
    std::string m_value;  // a cell's raw <v> text
    qint64 m_errorCells = 0;
    QString m_error;

    std::vector<Merge> m_merges; // sorted by first row
    std::size_t m_nextMerge = 0;
    std::vector<std::size_t> m_activeMerges;
};

} // namespace miq
