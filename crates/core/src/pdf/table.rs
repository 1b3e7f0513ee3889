//! Tables that break across pages: each cell's text wrapped to its column, a row that does not
//! fit moves to the next page, the header row repeated at the top of every page the table is on,
//! and a row taller than a whole page split between pages rather than lost.

use super::page::{Flow, LEFT};
use super::text::{wrap, Face};

/// A table: column headers with their share of the width, and rows of cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub columns: Vec<(String, f32)>,
    pub rows: Vec<Vec<String>>,
}

const SIZE: f32 = 9.0;
const LEADING: f32 = 12.0;
const PAD: f32 = 4.0;

/// The left edge and width of each column.
fn edges(table: &Table, right: f32) -> Vec<(f32, f32)> {
    let total: f32 = table.columns.iter().map(|(_, w)| w.max(0.01)).sum();
    let mut x = LEFT;
    table
        .columns
        .iter()
        .map(|(_, w)| {
            let width = (right - LEFT) * w.max(0.01) / total;
            let edge = (x, width);
            x += width;
            edge
        })
        .collect()
}

/// Draws one row's lines `from..to` (cells wrapped into `lines`) with borders, from the cursor
/// down.
fn draw_row(
    flow: &mut Flow,
    cols: &[(f32, f32)],
    lines: &[Vec<String>],
    range: (usize, usize),
    face: Face,
    header: bool,
) {
    let right = flow.right();
    let count = range.1 - range.0;
    let height = count as f32 * LEADING + 2.0 * PAD;
    let top = flow.y + LEADING - 2.0;
    if header {
        flow.fill(LEFT, top - height, right - LEFT, height);
    }
    for ((x, _), cell) in cols.iter().zip(lines) {
        for (i, line) in cell.iter().enumerate().take(range.1).skip(range.0) {
            let y = top - PAD - (i - range.0 + 1) as f32 * LEADING + 3.0;
            flow.text(face, SIZE, x + PAD, y, line);
        }
    }
    flow.line(LEFT, top, right, top, 0.4);
    flow.line(LEFT, top - height, right, top - height, 0.4);
    for (x, _) in cols.iter().chain(std::iter::once(&(right, 0.0))) {
        flow.line(*x, top, *x, top - height, 0.4);
    }
    flow.y -= height;
}

fn cells(cols: &[(f32, f32)], face: Face, row: &[String]) -> Vec<Vec<String>> {
    cols.iter()
        .enumerate()
        .map(|(i, (_, w))| {
            wrap(
                face,
                SIZE,
                row.get(i).map(String::as_str).unwrap_or(""),
                w - 2.0 * PAD,
            )
        })
        .collect()
}

/// Draws the table from the cursor down, breaking across pages.
pub fn draw(flow: &mut Flow, table: &Table) {
    let cols = edges(table, flow.right());
    let names: Vec<String> = table.columns.iter().map(|(n, _)| n.clone()).collect();
    let header = cells(&cols, Face::Bold, &names);
    let header_lines = header.iter().map(Vec::len).max().unwrap_or(1);
    let header_height = header_lines as f32 * LEADING + 2.0 * PAD;
    let put_header =
        |flow: &mut Flow| draw_row(flow, &cols, &header, (0, header_lines), Face::Bold, true);
    // The header and at least one line of the first row stay together.
    flow.room(header_height + LEADING + 2.0 * PAD);
    put_header(flow);
    for row in &table.rows {
        let lines = cells(&cols, Face::Regular, row);
        let count = lines.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let mut done = 0;
        while done < count {
            let fits = ((flow.y - super::page::BOTTOM - 2.0 * PAD) / LEADING)
                .floor()
                .max(0.0) as usize;
            let whole = count - done;
            let take = if fits >= whole {
                whole
            } else if done == 0
                && whole as f32 * LEADING + 2.0 * PAD
                    < flow.top() - super::page::BOTTOM - header_height
            {
                0 // the row fits on a page of its own: move it whole
            } else {
                fits
            };
            if take == 0 {
                flow.new_page();
                put_header(flow);
                continue;
            }
            draw_row(
                flow,
                &cols,
                &lines,
                (done, done + take),
                Face::Regular,
                false,
            );
            done += take;
            if done < count {
                flow.new_page();
                put_header(flow);
            }
        }
    }
    flow.y -= 6.0;
}
