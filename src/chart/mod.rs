//! Charts: a plain spec built from data, and one drawing function per chart
//! kind written against plotters' `DrawingBackend`, so the same code draws
//! on the page's canvas and into SVG for tests and downloads.

pub mod bars;
pub mod overview;

/// Colour-blind-safe colours (Okabe–Ito), each at least 4.5:1 on white.
pub const PALETTE: [(u8, u8, u8); 3] = [(0x00, 0x5A, 0x8C), (0xB3, 0x4A, 0x00), (0x00, 0x73, 0x56)];
