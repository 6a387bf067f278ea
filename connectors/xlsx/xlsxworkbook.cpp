#include "connectors/xlsx/xlsxworkbook.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

namespace miq {

namespace {

// A relationship target as a part name: absolute ("/xl/...") or relative to the source part's folder.
QString resolveTarget(const QString &sourcePart, QStringView target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.sliced(1).toString());
    const QString folder = QFileInfo(sourcePart).path();
    return QDir::cleanPath(folder == u"." ? target.toString() : folder + QLatin1Char('/') + target.toString());
}

QString relationshipsPart(const QString &part)
{
    const QFileInfo info(part);
    const QString folder = info.path() == u"." ? QString() : info.path() + QLatin1Char('/');
    return folder + QStringLiteral("_rels/") + info.fileName() + QStringLiteral(".rels");
}

bool isTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

} // namespace

XlsxWorkbook::XlsxWorkbook(std::unique_ptr<XlsxArchive> archive)
    : m_archive(std::move(archive))
{}

Result<std::shared_ptr<XlsxWorkbook>> XlsxWorkbook::open(const QString &path, const QString &sourceName)
{
    Result<std::unique_ptr<XlsxArchive>> archive = XlsxArchive::open(path, sourceName);
    if (!archive)
        return Error(archive.error());
    std::shared_ptr<XlsxWorkbook> workbook(new XlsxWorkbook(std::move(archive).value()));
    const Result<QString> part = workbook->archive().workbookPart();
    if (!part)
        return Error(part.error());
    if (Status read = workbook->readRelationships(*part); !read)
        return Error(read.error());
    if (Status read = workbook->readWorkbook(*part); !read)
        return Error(read.error());
    if (Status read = workbook->readStyles(); !read)
        return Error(read.error());
    return workbook;
}

QString XlsxWorkbook::damaged(const QString &part, const QString &cause, qint64 line) const
{
    return tr("%1 is damaged: '%2' is not valid XML (line %3: %4).").arg(describedFile(), part).arg(line).arg(cause);
}

QString XlsxWorkbook::describeSheet(const QString &name) const
{
    return tr("sheet '%1' of %2").arg(name, describedFile());
}

const XlsxSheet *XlsxWorkbook::sheet(const QString &name) const
{
    for (const XlsxSheet &s : m_sheets)
        if (s.name == name)
            return &s;
    // Excel treats sheet names without regard to case; so does a stream name typed by hand.
    for (const XlsxSheet &s : m_sheets)
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

Status XlsxWorkbook::readRelationships(const QString &workbookPart)
{
    const QString relsPart = relationshipsPart(workbookPart);
    if (!m_archive->contains(relsPart))
        return Error(tr("%1 is damaged: the part '%2' is missing.").arg(describedFile(), relsPart));
    Result<std::unique_ptr<XlsxEntryDevice>> device = m_archive->openPart(relsPart);
    if (!device)
        return Error(device.error());
    QXmlStreamReader xml(device->get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attributes.value(QLatin1String("TargetMode")) == u"External")
            continue;
        const QString id = attributes.value(QLatin1String("Id")).toString();
        const QStringView type = attributes.value(QLatin1String("Type"));
        const QString target = resolveTarget(workbookPart, attributes.value(QLatin1String("Target")));
        const QString kind = type.sliced(type.lastIndexOf(u'/') + 1).toString();
        m_relTargets.insert(id, target);
        m_relTypes.insert(id, kind);
        if (kind == u"sharedStrings")
            m_sharedStringsPart = target;
        else if (kind == u"styles")
            m_stylesPart = target;
    }
    if (xml.hasError())
        return Error(damaged(relsPart, xml.errorString(), xml.lineNumber()));
    return {};
}

Status XlsxWorkbook::readWorkbook(const QString &workbookPart)
{
    Result<std::unique_ptr<XlsxEntryDevice>> device = m_archive->openPart(workbookPart);
    if (!device)
        return Error(device.error());
    QXmlStreamReader xml(device->get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"workbookPr") {
            if (isTrue(attributes.value(QLatin1String("date1904"))))
                m_dateSystem = XlsxDateSystem::Date1904;
        } else if (xml.name() == u"sheet") {
            XlsxSheet sheet;
            sheet.name = attributes.value(QLatin1String("name")).toString();
            const QStringView state = attributes.value(QLatin1String("state"));
            sheet.hidden = state == u"hidden" || state == u"veryHidden";
            // r:id: the relationships namespace's "id", whatever its prefix.
            QString id;
            for (const QXmlStreamAttribute &a : attributes)
                if (a.name() == u"id" && !a.namespaceUri().isEmpty())
                    id = a.value().toString();
            const auto target = m_relTargets.constFind(id);
            if (target == m_relTargets.cend())
                return Error(tr("%1 is damaged: the sheet '%2' has no part in the workbook's relationships.")
                                 .arg(describedFile(), sheet.name));
            sheet.part = *target;
            sheet.worksheet = m_relTypes.value(id) == u"worksheet";
            m_sheets.append(sheet);
        }
    }
    if (xml.hasError())
        return Error(damaged(workbookPart, xml.errorString(), xml.lineNumber()));
    return {};
}

Status XlsxWorkbook::readStyles()
{
    if (m_stylesPart.isEmpty() && m_archive->contains(QStringLiteral("xl/styles.xml")))
        m_stylesPart = QStringLiteral("xl/styles.xml");
    if (m_stylesPart.isEmpty())
        return {}; // no styles: every number is a plain number
    Result<std::unique_ptr<XlsxEntryDevice>> device = m_archive->openPart(m_stylesPart);
    if (!device)
        return Error(device.error());
    QHash<int, XlsxNumberKind> custom;
    std::vector<int> xfFormats;
    bool inCellXfs = false;
    QXmlStreamReader xml(device->get());
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellXfs = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"numFmt") {
            custom.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                          customNumberKind(attributes.value(QLatin1String("formatCode"))));
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == u"xf") {
            xfFormats.push_back(attributes.value(QLatin1String("numFmtId")).toInt());
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return Error(damaged(m_stylesPart, xml.errorString(), xml.lineNumber()));
    // A workbook may redefine a built-in id; its own definition wins.
    m_styleKinds.reserve(xfFormats.size());
    for (int id : xfFormats)
        m_styleKinds.push_back(custom.contains(id) ? custom.value(id) : builtinNumberKind(id));
    return {};
}

Status XlsxWorkbook::loadSharedStrings()
{
    if (m_sharedStringsLoaded)
        return {};
    if (m_sharedStringsPart.isEmpty() && m_archive->contains(QStringLiteral("xl/sharedStrings.xml")))
        m_sharedStringsPart = QStringLiteral("xl/sharedStrings.xml");
    if (!m_sharedStringsPart.isEmpty()) {
        Result<std::unique_ptr<XlsxEntryDevice>> device = m_archive->openPart(m_sharedStringsPart);
        if (!device)
            return Error(device.error());
        QXmlStreamReader xml(device->get());
        std::string text;
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (xml.name() == u"si")
                    text.clear();
                else if (xml.name() == u"t")
                    appendUtf8(xml.readElementText(), text);
                else if (xml.name() == u"rPh")
                    xml.skipCurrentElement(); // phonetic guide of East Asian text, not the text
            } else if (token == QXmlStreamReader::EndElement && xml.name() == u"si") {
                decodeOoxmlEscapes(text, 0);
                m_sharedStrings.append(text);
            }
        }
        if (xml.hasError()) {
            if ((*device)->failed())
                return Error(tr("Cannot read '%1' in %2: %3")
                                 .arg(m_sharedStringsPart, describedFile(), (*device)->errorString()));
            return Error(damaged(m_sharedStringsPart, xml.errorString(), xml.lineNumber()));
        }
    }
    m_sharedStringsLoaded = true;
    return {};
}

} // namespace miq
