#include "models/profilealertsmodel.h"
#include "models/profilecolumnsmodel.h"
#include "ui/profilecharts.h"
#include "ui/profilecolumndetails.h"
#include "ui/profilecompletenessdelegate.h"
#include "ui/profileheatmap.h"
#include "ui/profileoverview.h"

#include "tests/engine/profilefixture.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace miq;

namespace {

QAbstractBarSeries *barSeries(QChartView *view)
{
    const auto series = view->chart()->series();
    return series.isEmpty() ? nullptr : qobject_cast<QAbstractBarSeries *>(series.first());
}

QList<double> values(QChartView *view)
{
    QList<double> list;
    if (QAbstractBarSeries *s = barSeries(view))
        for (int i = 0; i < s->barSets().first()->count(); ++i)
            list << s->barSets().first()->at(i);
    return list;
}

QStringList categories(QChartView *view)
{
    for (QAbstractAxis *axis : view->chart()->axes())
        if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
            return c->categories();
    return {};
}

} // namespace

// The widgets of the profiling pane, fed with hand-made profiles: charts carry the profile's
// figures, empty charts are hidden, the heatmap maps cells to correlations.
class tst_ProfileWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void horizontalChartsPutTheFirstBarOnTop();
    void repeatedLabelsStayApart();
    void heatmapCells();
    void overviewShowsQualityMissingAndAlerts();
    void overviewWithoutProfile();
    void columnDetailsShowChartsWithData();
    void columnDetailsHideChartsWithoutData();
    void completenessColors();
};

void tst_ProfileWidgets::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ProfileWidgets::horizontalChartsPutTheFirstBarOnTop()
{
    std::unique_ptr<QChartView> view(ProfileCharts::createView());
    ProfileCharts::fillHorizontal(view.get(), QStringLiteral("t"),
                                  {{QStringLiteral("first"), 3, {}}, {QStringLiteral("second"), 2, {}},
                                   {QStringLiteral("third"), 1, {}}},
                                  0);
    // Category axes grow upwards: the first bar is the last category.
    QCOMPARE(categories(view.get()), (QStringList{QStringLiteral("third"), QStringLiteral("second"), QStringLiteral("first")}));
    QCOMPARE(values(view.get()), (QList<double>{1, 2, 3}));
    ProfileCharts::fillHorizontal(view.get(), QStringLiteral("t"), {}, 0);
    QVERIFY(view->chart()->series().isEmpty());
    QVERIFY(view->chart()->title().contains(QLatin1String("Nothing to show")));
}

void tst_ProfileWidgets::repeatedLabelsStayApart()
{
    std::unique_ptr<QChartView> view(ProfileCharts::createView());
    // Two bins that round to the same label must stay two bars.
    ProfileCharts::fillColumns(view.get(), QString(),
                               {{QStringLiteral("1.5"), 4, {}}, {QStringLiteral("1.5"), 6, {}}, {QStringLiteral("2"), 1, {}}});
    QCOMPARE(categories(view.get()).size(), 3);
    QCOMPARE(values(view.get()), (QList<double>{4, 6, 1}));
}

void tst_ProfileWidgets::heatmapCells()
{
    ProfileHeatmap heatmap;
    const DatasetProfile p = testing::sampleProfile();
    heatmap.setCorrelations(p.correlations);
    QCOMPARE(heatmap.columns(), (QStringList{QStringLiteral("id"), QStringLiteral("signup"), QStringLiteral("email")}));
    QCOMPARE(heatmap.correlationAt(0, 1)->value, 0.93);
    QCOMPARE(heatmap.correlationAt(1, 0)->value, 0.93); // symmetric
    QVERIFY(heatmap.correlationAt(0, 0) == nullptr);  // diagonal
    QVERIFY(heatmap.correlationAt(0, 2) == nullptr);  // id ~ email: not measured
    QCOMPARE(heatmap.correlationAt(2, 1)->method, Correlation::Method::CramersV);
    QCOMPARE(ProfileHeatmap::colorFor(0), QColor(Qt::white));
    QVERIFY(ProfileHeatmap::colorFor(1).red() > ProfileHeatmap::colorFor(1).blue());
    QVERIFY(ProfileHeatmap::colorFor(-1).blue() > ProfileHeatmap::colorFor(-1).red());

    heatmap.resize(heatmap.sizeHint());
    heatmap.show();
    QVERIFY(QTest::qWaitForWindowExposed(&heatmap));
    QCOMPARE(heatmap.cellAt(QPoint(0, 0)), QPoint(-1, -1));
    // The centre of the bottom-right cell.
    const QPoint last = heatmap.cellAt(QPoint(heatmap.width() - 1, heatmap.height() - 1));
    QVERIFY(last.x() <= 2 && last.y() <= 2);
    QImage image(heatmap.size(), QImage::Format_ARGB32);
    heatmap.render(&image); // paints without crashing, labels and all
    heatmap.setCorrelations({});
    QVERIFY(heatmap.columns().isEmpty());
    heatmap.render(&image);
}

void tst_ProfileWidgets::overviewShowsQualityMissingAndAlerts()
{
    ProfileOverview overview;
    const auto profile = std::make_shared<const DatasetProfile>(testing::sampleProfile(1000, 250));
    overview.setProfile(profile);
    auto *quality = overview.findChild<QChartView *>(QStringLiteral("qualityChart"));
    QVERIFY(quality);
    // Overall first, then the five dimensions; accuracy does not apply (0, "n/a").
    QCOMPARE(values(quality), (QList<double>{0, 96, 97, 98, 99, 97.5}));
    auto *missing = overview.findChild<QChartView *>(QStringLiteral("missingChart"));
    QVERIFY(missing);
    // Per column, top to bottom id, email, signup: email 250 null + 2 blank of 1,000.
    QCOMPARE(values(missing), (QList<double>{0, 25.2, 0}));
    QCOMPARE(overview.alertsModel()->rowCount(), 4);
    auto *summary = overview.findChild<QLabel *>(QStringLiteral("profileSummary"));
    QVERIFY(summary->text().contains(QLatin1String("1,000")));
    QVERIFY(summary->text().contains(QLatin1String("duplicate rows")));
    auto *heatmap = overview.findChild<ProfileHeatmap *>(QStringLiteral("correlationHeatmap"));
    QCOMPARE(heatmap->columns().size(), 3);

    QSignalSpy activated(&overview, &ProfileOverview::columnActivated);
    auto *alerts = overview.findChild<QTreeView *>(QStringLiteral("alertView"));
    Q_EMIT alerts->activated(alerts->model()->index(2, 0)); // the PII alert of 'email'
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("email"));
}

void tst_ProfileWidgets::overviewWithoutProfile()
{
    ProfileOverview overview;
    overview.setProfile(std::make_shared<const DatasetProfile>(testing::sampleProfile()));
    overview.setProfile(nullptr);
    QCOMPARE(overview.alertsModel()->rowCount(), 0);
    QVERIFY(overview.findChild<QChartView *>(QStringLiteral("qualityChart"))->chart()->series().isEmpty());
    QVERIFY(overview.findChild<QLabel *>(QStringLiteral("profileSummary"))->text().contains(QLatin1String("No profile")));
}

void tst_ProfileWidgets::columnDetailsShowChartsWithData()
{
    ProfileColumnDetails details;
    details.show();
    const DatasetProfile p = testing::sampleProfile();
    details.setColumn(&p.columns[2]); // signup: dates
    QCOMPARE(details.columnName(), QStringLiteral("signup"));
    auto *dates = details.findChild<QChartView *>(QStringLiteral("datesChart"));
    QVERIFY(dates->isVisibleTo(&details));
    QCOMPARE(categories(dates), (QStringList{QStringLiteral("2021"), QStringLiteral("2022"), QStringLiteral("2023"),
                                             QStringLiteral("2024")}));
    details.setPeriod(ProfileColumnDetails::Period::Weekday);
    QCOMPARE(categories(dates), (QStringList{QStringLiteral("Mon"), QStringLiteral("Fri")}));
    details.setPeriod(ProfileColumnDetails::Period::Month);
    QCOMPARE(categories(dates), (QStringList{QStringLiteral("Jan"), QStringLiteral("Jul")}));
    auto *patterns = details.findChild<QChartView *>(QStringLiteral("patternsChart"));
    QCOMPARE(values(patterns), (QList<double>{40, 960}));
    QVERIFY(!details.findChild<QChartView *>(QStringLiteral("histogramChart"))->isVisibleTo(&details));
    auto *figures = details.findChild<QLabel *>(QStringLiteral("columnFigures"));
    QVERIFY(figures->text().contains(QLatin1String("2021-01-03 to 2024-12-30")));
    QVERIFY(figures->text().contains(QLatin1String("day first")));

    details.setColumn(&p.columns[0]); // id: numbers
    auto *histogram = details.findChild<QChartView *>(QStringLiteral("histogramChart"));
    QVERIFY(histogram->isVisibleTo(&details));
    QCOMPARE(values(histogram), (QList<double>{250, 250, 250, 250}));
    QVERIFY(!dates->isVisibleTo(&details));
    QVERIFY(figures->text().contains(QLatin1String("p50 500")));
    QVERIFY(details.findChild<QLabel *>(QStringLiteral("columnQuality"))->text().contains(QLatin1String("Completeness 100")));

    details.setColumn(&p.columns[1]); // email: invalid examples, escaped in labels but shown as read
    auto *invalid = details.findChild<QListWidget *>(QStringLiteral("invalidValues"));
    QVERIFY(invalid->isVisibleTo(&details));
    QCOMPARE(invalid->count(), 2);
    QCOMPARE(invalid->item(1)->text(), QStringLiteral("<script>alert(1)</script>"));
    auto *top = details.findChild<QChartView *>(QStringLiteral("topValuesChart"));
    QCOMPARE(categories(top).last(), QStringLiteral("ann@example.com"));
}

void tst_ProfileWidgets::columnDetailsHideChartsWithoutData()
{
    ProfileColumnDetails details;
    details.show();
    ProfileColumn empty;
    empty.name = QStringLiteral("<b>blank</b>");
    empty.inferredType = ProfileType::Empty;
    empty.count = 10;
    empty.nulls = 10;
    details.setColumn(&empty);
    for (const char *name : {"histogramChart", "topValuesChart", "patternsChart", "datesChart", "invalidValues"})
        QVERIFY2(!details.findChild<QWidget *>(QLatin1String(name))->isVisibleTo(&details), name);
    // Rich-text labels escape what comes from the data.
    QVERIFY(details.findChild<QLabel *>(QStringLiteral("columnFigures"))->text().contains(QLatin1String("100.0%")));
    details.setColumn(nullptr);
    QVERIFY(details.columnName().isEmpty());
}

void tst_ProfileWidgets::completenessColors()
{
    QCOMPARE(ProfileCompletenessDelegate::colorFor(1.0), QColor(0x3a, 0x9a, 0x5b));
    QCOMPARE(ProfileCompletenessDelegate::colorFor(0.9), QColor(0xd9, 0xa2, 0x1b));
    QCOMPARE(ProfileCompletenessDelegate::colorFor(0.2), QColor(0xc8, 0x45, 0x3b));
    // Paints a table of the model with the delegate.
    ProfileColumnsModel model;
    model.setProfile(std::make_shared<const DatasetProfile>(testing::sampleProfile(1000, 600)));
    QTreeView view;
    view.setModel(&model);
    view.setItemDelegateForColumn(ProfileColumnsModel::CompletenessColumn, new ProfileCompletenessDelegate(&view));
    view.resize(800, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QRect cell = view.visualRect(model.index(1, ProfileColumnsModel::CompletenessColumn));
    QImage image = view.viewport()->grab().toImage();
    // The bar of 'email' (40% complete) starts red at the left of its cell.
    const QColor left = image.pixelColor(cell.left() + 6, cell.center().y());
    QCOMPARE(left, QColor(0xc8, 0x45, 0x3b));
}

QTEST_MAIN(tst_ProfileWidgets)
#include "tst_profilewidgets.moc"
