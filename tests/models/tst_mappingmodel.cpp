#include "models/mappingmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace miq;

class tst_MappingModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void untouchedMappingTakesEveryColumnAsIs();
    void editsMakeAnExplicitMapping();
    void savedMappingLeavesOutUnnamedColumns();
    void constantsAndMetadata();
    void problems_data();
    void problems();
    void previewAppliesTheMapping();

private:
    static QList<ColumnInfo> columns(const QStringList &names)
    {
        QList<ColumnInfo> list;
        for (const QString &name : names)
            list.append(ColumnInfo{name, ColumnType::String, QStringLiteral("text"), true, false});
        return list;
    }

    std::unique_ptr<MappingModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_MappingModel::init()
{
    m_model = std::make_unique<MappingModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setMapping(JobMapping());
    m_model->setSourceColumns(
        columns({QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("amount")}));
}

void tst_MappingModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void tst_MappingModel::untouchedMappingTakesEveryColumnAsIs()
{
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->index(1, MappingModel::SourceColumn).data().toString(), QStringLiteral("email"));
    QCOMPARE(m_model->index(1, MappingModel::TargetColumn).data().toString(), QStringLiteral("email"));
    QCOMPARE(m_model->index(1, MappingModel::IncludeColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));
    QCOMPARE(m_model->index(1, MappingModel::TypeColumn).data().toString(), QStringLiteral("auto"));
    QCOMPARE(m_model->index(1, MappingModel::MaskColumn).data().toString(), QStringLiteral("none"));
    QVERIFY(m_model->mapping().columns.isEmpty());
    QCOMPARE(m_model->targetNames(),
             QStringList({QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("amount")}));
    QVERIFY(m_model->problems().isEmpty());
}

void tst_MappingModel::editsMakeAnExplicitMapping()
{
    QSignalSpy changed(m_model.get(), &MappingModel::mappingChanged);
    QVERIFY(m_model->setData(m_model->index(0, MappingModel::TargetColumn), QStringLiteral("customer_id")));
    QVERIFY(m_model->setData(m_model->index(1, MappingModel::MaskColumn), int(ColumnMapping::Mask::Hash)));
    QVERIFY(m_model->setData(m_model->index(2, MappingModel::TypeColumn),
                             1 + int(MappingModel::castTypes().indexOf(ColumnType::Decimal))));
    QVERIFY(!m_model->setData(m_model->index(2, MappingModel::TypeColumn), 99));
    QVERIFY(!m_model->setData(m_model->index(0, MappingModel::SourceColumn),
                              QStringLiteral("x"))); // not a constant
    QCOMPARE(changed.count(), 3);
    const JobMapping mapping = m_model->mapping();
    QCOMPARE(mapping.columns.size(), 3);
    QCOMPARE(mapping.columns.at(0).source, QStringLiteral("id"));
    QCOMPARE(mapping.columns.at(0).target, QStringLiteral("customer_id"));
    QCOMPARE(mapping.columns.at(1).mask, ColumnMapping::Mask::Hash);
    QCOMPARE(mapping.columns.at(2).cast, std::optional<ColumnType>(ColumnType::Decimal));
    QCOMPARE(m_model->index(2, MappingModel::TypeColumn).data().toString(), QStringLiteral("decimal"));

    // Excluding keeps the row (it can be included again) but leaves the column out of the target.
    QVERIFY(
        m_model->setData(m_model->index(1, MappingModel::IncludeColumn), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!m_model->mapping().columns.at(1).include);
    QCOMPARE(m_model->targetNames(), QStringList({QStringLiteral("customer_id"), QStringLiteral("amount")}));

    // Rediscovering the columns keeps the edits.
    m_model->setSourceColumns(
        columns({QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("amount")}));
    QCOMPARE(m_model->mapping().columns.at(0).target, QStringLiteral("customer_id"));
}

void tst_MappingModel::savedMappingLeavesOutUnnamedColumns()
{
    JobMapping saved;
    ColumnMapping id;
    id.source = QStringLiteral("id");
    id.target = QStringLiteral("id");
    ColumnMapping gone;
    gone.source = QStringLiteral("legacy");
    gone.target = QStringLiteral("legacy");
    saved.columns = {id, gone};
    m_model->setMapping(saved);
    QCOMPARE(m_model->rowCount(), 4); // id, email, amount, then legacy (missing)
    QCOMPARE(m_model->index(1, MappingModel::IncludeColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    QVERIFY(m_model->index(3, 0).data(MappingModel::IsMissingRole).toBool());
    QVERIFY(m_model->problems().join(QLatin1Char(' ')).contains(QStringLiteral("legacy")));
    QVERIFY(
        m_model->setData(m_model->index(3, MappingModel::IncludeColumn), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(m_model->problems().isEmpty());
    QCOMPARE(m_model->targetNames(), QStringList({QStringLiteral("id")}));
}

void tst_MappingModel::constantsAndMetadata()
{
    const int row = m_model->addConstant(QStringLiteral("origin"), QStringLiteral("crm"));
    QCOMPARE(row, 3);
    QVERIFY(m_model->index(row, 0).data(MappingModel::IsConstantRole).toBool());
    QCOMPARE(m_model->index(row, MappingModel::SourceColumn).data().toString(), QStringLiteral("= 'crm'"));
    QVERIFY(m_model->setData(m_model->index(row, MappingModel::SourceColumn), QStringLiteral("erp")));
    m_model->setRunMetadata(true, true);
    const JobMapping mapping = m_model->mapping();
    QCOMPARE(mapping.columns.size(), 4);
    QCOMPARE(mapping.columns.at(3).constant, std::optional<QString>(QStringLiteral("erp")));
    QCOMPARE(mapping.columns.at(3).target, QStringLiteral("origin"));
    QVERIFY(mapping.addRunId && mapping.addLoadedAt);
    QCOMPARE(m_model->targetNames().mid(3),
             QStringList({QStringLiteral("origin"), QStringLiteral("_miq_run_id"),
                          QStringLiteral("_miq_loaded_at")}));
    QVERIFY(!m_model->removeRows(0, 1)); // source columns are excluded, not removed
    QVERIFY(m_model->removeRows(row, 1));
    QVERIFY(m_model->mapping().columns.isEmpty());
}

void tst_MappingModel::problems_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("problem");
    QTest::newRow("duplicate") << 1 << QStringLiteral("ID")
                               << QStringLiteral("Two columns would be named 'ID'.");
    QTest::newRow("reserved") << 2 << QStringLiteral("_miq_run_id")
                              << QStringLiteral("Column '_miq_run_id' is reserved for the run metadata.");
    QTest::newRow("unnamed constant") << 3 << QString() << QStringLiteral("Name the constant column.");
}

void tst_MappingModel::problems()
{
    QFETCH(int, row);
    QFETCH(QString, target);
    QFETCH(QString, problem);
    m_model->addConstant(QStringLiteral("c"), QStringLiteral("1"));
    m_model->setRunMetadata(true, false);
    QVERIFY(m_model->setData(m_model->index(row, MappingModel::TargetColumn), target));
    QVERIFY2(m_model->problems().contains(problem), qPrintable(m_model->problems().join(QLatin1Char('|'))));

    for (int r = 0; r < m_model->rowCount(); ++r)
        QVERIFY(m_model->setData(m_model->index(r, MappingModel::IncludeColumn), Qt::Unchecked,
                                 Qt::CheckStateRole));
    QVERIFY(m_model->problems().contains(QStringLiteral("Include at least one column.")));
}

void tst_MappingModel::previewAppliesTheMapping()
{
    PreviewData raw;
    raw.stream = QStringLiteral("people");
    raw.columns = {QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("amount")};
    raw.rows = {{QStringLiteral("1"), QStringLiteral("ana@example.com"), QStringLiteral("12.50")},
                {QStringLiteral("2"), QString(), QStringLiteral("n/a")}};
    raw.nulls = {{false, false, false}, {false, true, false}};
    QString message;
    PreviewData asIs = m_model->mappedPreview(raw, QByteArray("salt"), &message);
    QCOMPARE(asIs.columns, raw.columns);
    QCOMPARE(asIs.rows.size(), 2);
    QVERIFY(message.isEmpty());

    QVERIFY(
        m_model->setData(m_model->index(0, MappingModel::IncludeColumn), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(m_model->setData(m_model->index(1, MappingModel::TargetColumn), QStringLiteral("mail")));
    QVERIFY(m_model->setData(m_model->index(1, MappingModel::MaskColumn), int(ColumnMapping::Mask::Hash)));
    QVERIFY(m_model->setData(m_model->index(2, MappingModel::TypeColumn),
                             1 + int(MappingModel::castTypes().indexOf(ColumnType::Double))));
    const PreviewData mapped = m_model->mappedPreview(raw, QByteArray("salt"), &message);
    QCOMPARE(mapped.columns, QStringList({QStringLiteral("mail"), QStringLiteral("amount")}));
    QCOMPARE(mapped.columnTypes.at(1), QStringLiteral("double"));
    // "n/a" is no number: that row would be quarantined, and the preview says so.
    QCOMPARE(mapped.rows.size(), 1);
    QCOMPARE(mapped.rows.at(0).at(0).size(), 64); // hex SHA-256
    QVERIFY(mapped.rows.at(0).at(0) != QStringLiteral("ana@example.com"));
    QCOMPARE(mapped.badRecords.size(), 1);
    QVERIFY2(message.contains(QStringLiteral("quarantined")), qPrintable(message));

    QVERIFY(m_model->setData(m_model->index(1, MappingModel::MaskColumn), int(ColumnMapping::Mask::Redact)));
    QCOMPARE(m_model->mappedPreview(raw, QByteArray("salt"), &message).rows.at(0).at(0),
             QStringLiteral("[REDACTED]"));
}

QTEST_MAIN(tst_MappingModel)
#include "tst_mappingmodel.moc"
