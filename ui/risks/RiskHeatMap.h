#pragma once

#include "domain/RiskMethod.h"

#include <QHash>
#include <QPoint>
#include <QWidget>

#include <optional>

namespace daicho {

// A likelihood × impact grid (impact across, likelihood up) coloured by the band each cell's
// value falls in, with the number of risks in each cell. Clicking a cell selects it (and
// clicking it again clears the selection); the view filters its table by it.
class RiskHeatMap : public QWidget
{
    Q_OBJECT

public:
    explicit RiskHeatMap(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setMethod(const RiskMethod& method);
    // Counts by (likelihood, impact).
    void setCounts(const QHash<QPoint, int>& counts);
    int count(int likelihood, int impact) const
    {
        return m_counts.value(QPoint(likelihood, impact));
    }
    void setSelected(std::optional<QPoint> cell);
    std::optional<QPoint> selected() const { return m_selected; }
    // The widget rectangle of a cell (for tests that click it).
    QRect cellRect(int likelihood, int impact) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // A cell was clicked: its likelihood and impact, or nullopt when the selection was cleared.
    void cellClicked(std::optional<QPoint> cell);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QRect gridRect() const;

    QString m_title;
    RiskMethod m_method;
    QHash<QPoint, int> m_counts;
    std::optional<QPoint> m_selected;
};

} // namespace daicho
