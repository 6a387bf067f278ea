#pragma once

#include "engine/profile/profile.h"

#include <QScrollArea>

class QChartView;
class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;

namespace miq {

// Everything about one profiled column: type and meaning, counts, numeric moments and quantiles,
// text lengths, dates; the histogram, top values, pattern frequencies and the date distribution
// (by year, month or weekday) as charts; examples of values that do not fit the type; the quality
// scores with the reasons behind them. Charts without data are hidden, not drawn empty.
class ProfileColumnDetails : public QScrollArea
{
    Q_OBJECT

public:
    enum class Period { Year, Month, Weekday };

    explicit ProfileColumnDetails(QWidget *parent = nullptr);

    // nullptr clears it. The column is copied (a few kilobytes).
    void setColumn(const ProfileColumn *column);
    QString columnName() const { return m_column ? m_column->name : QString(); }
    void setPeriod(Period period);

private:
    void showDates();

    std::optional<ProfileColumn> m_column;
    QLabel *m_title;
    QLabel *m_figures;
    QLabel *m_quality;
    QGroupBox *m_histogramBox;
    QChartView *m_histogram;
    QGroupBox *m_topBox;
    QChartView *m_top;
    QGroupBox *m_patternBox;
    QChartView *m_patterns;
    QGroupBox *m_datesBox;
    QComboBox *m_period;
    QChartView *m_dates;
    QGroupBox *m_invalidBox;
    QLabel *m_invalidTitle;
    QListWidget *m_invalid;
};

} // namespace miq
