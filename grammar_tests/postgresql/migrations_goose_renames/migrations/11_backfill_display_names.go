package migrations

import (
	"context"
	"database/sql"

	"github.com/pressly/goose/v3"
)

func init() {
	goose.AddMigrationContext(upBackfillDisplayNames, downBackfillDisplayNames)
}

func upBackfillDisplayNames(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, "UPDATE customers SET display_name = email WHERE display_name IS NULL")
	return err
}

func downBackfillDisplayNames(ctx context.Context, tx *sql.Tx) error {
	return nil
}
