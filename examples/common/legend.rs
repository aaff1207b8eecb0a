//! The legend the chart examples draw, one style for all.

use plotters::coord::CoordTranslate;
use plotters::prelude::*;

/// Draws the series labels in the upper left, on a near-white box with a
/// black border.
pub(crate) fn draw_legend<'a, DB: DrawingBackend + 'a, CT: CoordTranslate>(
    chart: &mut ChartContext<'a, DB, CT>,
) -> Result<(), String> {
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK)
        .draw()
        .map_err(|e| e.to_string())
}
