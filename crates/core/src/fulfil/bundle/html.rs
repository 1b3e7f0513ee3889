//! `index.html`: the bundle as a person reads it, offline (no scripts, no remote fonts or
//! images), in Bahasa Indonesia and English: what is inside per source, the records as tables.

use std::io::Write;

/// Text made safe for HTML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// The page's head and its introduction.
pub fn head(
    out: &mut impl Write,
    request_id: &str,
    office: &str,
    generated: &str,
) -> std::io::Result<()> {
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
<title>Data pribadi / Personal data · {r}</title>\
<style>body{{font-family:sans-serif;margin:2em;max-width:70em;color:#222}}\
table{{border-collapse:collapse;margin:0.5em 0 2em}}td,th{{border:1px solid #bbb;padding:3px 6px;\
text-align:left;vertical-align:top;font-size:0.9em}}th{{background:#eef2f7}}.en{{color:#555}}</style>\
</head><body>\n<h1>Data pribadi Anda <span class=\"en\">/ Your personal data</span></h1>\n\
<p>{o} · {r} · {g}</p>\n<p>Berkas ini berisi data pribadi Anda yang kami simpan, per sumber, \
persis seperti yang tercatat. Data orang lain disamarkan (<code>[disamarkan]</code>). \
<span class=\"en\">This file holds the personal data we keep about you, per source, exactly as \
recorded. Other people's data is masked (<code>[disamarkan]</code>).</span></p>\n",
        r = escape(request_id),
        o = escape(office),
        g = escape(generated)
    )
}

/// A section's heading and its table header.
pub fn section(
    out: &mut impl Write,
    title: &str,
    entry: &str,
    fields: &[String],
) -> std::io::Result<()> {
    write!(
        out,
        "<h2>{}</h2>\n<p>JSON: <code>{e}.json</code> · CSV: <code>{e}.csv</code></p>\n<table><tr><th>#</th>",
        escape(title),
        e = escape(entry)
    )?;
    for f in fields {
        write!(out, "<th>{}</th>", escape(f))?;
    }
    writeln!(out, "</tr>")
}

pub fn row(out: &mut impl Write, record: u64, values: &[String]) -> std::io::Result<()> {
    write!(out, "<tr><td>{record}</td>")?;
    for v in values {
        write!(out, "<td>{}</td>", escape(v))?;
    }
    writeln!(out, "</tr>")
}

pub fn section_end(out: &mut impl Write) -> std::io::Result<()> {
    writeln!(out, "</table>")
}

pub fn foot(out: &mut impl Write) -> std::io::Result<()> {
    writeln!(
        out,
        "<p>Periksa keutuhan berkas dengan <code>SHA256SUMS.txt</code> dan <code>manifest.json</code> \
(lihat README.txt). <span class=\"en\">Check the files with <code>SHA256SUMS.txt</code> and \
<code>manifest.json</code> (see README.txt).</span></p>\n</body></html>"
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_in_a_record_is_shown_not_run() {
        assert_eq!(
            super::escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
    }
}
