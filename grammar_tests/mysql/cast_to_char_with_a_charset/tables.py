from sqlalchemy import CheckConstraint, Column, Computed, MetaData, String, Table, VARBINARY, text
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_item = Table(
    'item', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('code', String(40)),
    Column('qty', INTEGER(11)),
    Column('label', String(20), server_default=text('(cast(0 as char charset latin1))')),
    Column('tag', String(20), server_default=text('(cast(1 as char(3)')),
    Column('raw', VARBINARY(20), server_default=text('(cast(2 as char charset binary))')),
    Column('as_latin', String(40), Computed('(cast(`code` as char(10) charset latin1))', persisted=False)),
    Column('as_utf8', String(40), Computed('(cast(`code` as char charset utf8mb3))', persisted=False)),
    Column('as_text', String(20), Computed('(cast(`qty` as char(10) charset utf8mb4))', persisted=False)),
    CheckConstraint("cast(`code` as char charset ascii) <> ''", name='code_ascii')
)

t_item_texts = Table(
    'item_texts', metadata,
    Column('id', INTEGER(11)),
    Column('qty_latin', String(11)),
    Column('code5', String(5)),
    Column('qty_utf8', String(4)),
    Column('code_bytes', VARBINARY(160))
)
