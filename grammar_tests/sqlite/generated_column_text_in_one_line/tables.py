from sqlalchemy import Column, Computed, Integer, MetaData, REAL, String, Table, Text, text

metadata = MetaData()


t_box = Table(
    'box', metadata,
    Column('id', Integer, primary_key=True),
    Column('w', REAL),
    Column('h', REAL),
    Column('area', REAL, Computed('w * h', persisted=True))
)

t_label = Table(
    'label', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', Text, nullable=False),
    Column('upper_name', Text, Computed("upper(name)) VIRTUAL, note TEXT, name_length INTEGER GENERATED ALWAYS AS (length(name)) VIRTUAL, code VARCHAR(8) DEFAULT ('x'", persisted=False)),
    Column('note', Text),
    Column('name_length', Integer, Computed("length(name)) VIRTUAL, code VARCHAR(8) DEFAULT ('x'", persisted=False)),
    Column('code', String(8), server_default=text("'x'"))
)

t_pair = Table(
    'pair', metadata,
    Column('k', Text, primary_key=True),
    Column('v', Integer),
    Column('twice', Integer, Computed('v * 2', persisted=False))
)
