//! sqitch: `sqitch.plan` gives the order, `deploy/<change>.sql` the SQL. Plan
//! lines are changes (`name [deps] timestamp planner <email> # note`), tags
//! (`@name ...`, naming the change before them), `%` pragmas and `#`
//! comments. A change reworked later in the plan (its name again after a
//! tag) deploys `deploy/<change>@<tag>.sql` at its first place, `<tag>`
//! being the first tag in between whose file exists, as sqitch does.
//! `revert/`, `verify/` and `sqitch.conf` are never read.

use super::{Folder, Layout, Migration, Version};

pub struct Sqitch;

enum Entry {
    Change(String),
    Tag(String),
}

impl Layout for Sqitch {
    fn name(&self) -> &'static str {
        "sqitch"
    }

    fn detect(&self, folder: &Folder) -> bool {
        folder.file("sqitch.plan").is_some()
    }

    fn migrations(&self, folder: &Folder, _: &mut Vec<String>) -> Result<Vec<Migration>, String> {
        let Some(plan_path) = folder.file("sqitch.plan") else {
            return Err(format!("{}: no sqitch.plan", folder.path.display()));
        };
        let plan = crate::input::read(plan_path)?;
        let entries = read_plan(&plan.text, &plan.name)?;
        let deploy = folder.path.join("deploy");
        let mut migrations: Vec<Migration> = Vec::new();
        for (i, entry) in entries.iter().enumerate() {
            let name = match entry {
                Entry::Change(name) => name,
                Entry::Tag(tag) => {
                    // A tag names the change before it.
                    if let Some(Version::Names(names)) =
                        migrations.last_mut().map(|m| &mut m.version)
                    {
                        names.push(format!("@{tag}"));
                    }
                    continue;
                }
            };
            let mut script = deploy.join(format!("{name}.sql"));
            let reworked_at = entries[i + 1..]
                .iter()
                .position(|e| matches!(e, Entry::Change(n) if n == name));
            if let Some(later) = reworked_at {
                let tagged: Vec<_> = entries[i + 1..i + 1 + later]
                    .iter()
                    .filter_map(|e| match e {
                        Entry::Tag(tag) => Some(deploy.join(format!("{name}@{tag}.sql"))),
                        Entry::Change(_) => None,
                    })
                    .collect();
                if let Some(found) = tagged.iter().find(|p| p.is_file()).or(tagged.first()) {
                    script = found.clone();
                }
            }
            if !script.is_file() {
                return Err(format!(
                    "{}: the plan names change '{name}', but {} does not exist",
                    plan.name,
                    script.display()
                ));
            }
            migrations.push(Migration {
                version: Version::name(name),
                source: crate::input::read(&script)?,
            });
        }
        Ok(migrations)
    }

    /// Changes and tags are named.
    fn target(&self, until: &str) -> Version {
        Version::name(until)
    }
}

/// The changes and tags of a plan, in order.
fn read_plan(text: &str, name: &str) -> Result<Vec<Entry>, String> {
    let mut entries = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with(['#', '%']) {
            continue;
        }
        if let Some(tag) = line.strip_prefix('@') {
            entries.push(Entry::Tag(
                tag.split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .to_string(),
            ));
            continue;
        }
        let (sign, rest) = match line.strip_prefix(['+', '-']) {
            Some(rest) => (&line[..1], rest),
            None => ("", line),
        };
        if sign == "-" {
            return Err(format!(
                "{name}:{}: a revert entry ({}): reverted changes are not read; deploy the \
                 plan without it",
                n + 1,
                line.split_whitespace().next().unwrap_or(line)
            ));
        }
        let change: String = rest
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '[')
            .collect();
        entries.push(Entry::Change(change));
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_lines_as_sqitch_reads_them() {
        let plan = "%syntax-version=1.0.0\n%project=app\n\n\
                    users 2024-01-01T00:00:00Z A <a@x> # users\n\
                    posts [users] 2024-01-02T00:00:00Z A <a@x>\n\
                    @v1.0 2024-01-03T00:00:00Z A <a@x>\n\
                    # a comment\n\
                    users [users@v1.0] 2024-01-04T00:00:00Z A <a@x>\n";
        let entries = read_plan(plan, "sqitch.plan").unwrap();
        let shown: Vec<String> = entries
            .iter()
            .map(|e| match e {
                Entry::Change(n) => n.clone(),
                Entry::Tag(t) => format!("@{t}"),
            })
            .collect();
        assert_eq!(shown, vec!["users", "posts", "@v1.0", "users"]);
        assert!(read_plan("-users 2024 A <a@x>\n", "p")
            .map(|_| ())
            .unwrap_err()
            .contains("p:1: a revert entry"));
    }
}
