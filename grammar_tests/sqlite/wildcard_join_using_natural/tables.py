from sqlalchemy import Column, Integer, MetaData, Table, Text

metadata = MetaData()


t_all_natural = Table(
    'all_natural', metadata,
    Column('id', Integer),
    Column('room', Text),
    Column('label', Text),
    Column('box_id', Integer),
    Column('size', Integer),
    Column('bin_id', Integer),
    Column('color', Text)
)

t_bin = Table(
    'bin', metadata,
    Column('bin_id', Integer, primary_key=True),
    Column('room', Text),
    Column('size', Integer),
    Column('color', Text)
)

t_box = Table(
    'box', metadata,
    Column('box_id', Integer, primary_key=True),
    Column('Room', Text),
    Column('label', Text),
    Column('size', Integer)
)

t_from_subquery = Table(
    'from_subquery', metadata,
    Column('room', Text),
    Column('label', Text),
    Column('bin_id', Integer),
    Column('size', Integer),
    Column('color', Text)
)

t_qualified = Table(
    'qualified', metadata,
    Column('box_id', Integer),
    Column('Room', Text),
    Column('label', Text),
    Column('size', Integer),
    Column('id', Integer),
    Column('room:1', Text),
    Column('label:1', Text)
)

t_shelf = Table(
    'shelf', metadata,
    Column('id', Integer, primary_key=True),
    Column('room', Text),
    Column('label', Text)
)

t_shelf_box = Table(
    'shelf_box', metadata,
    Column('id', Integer),
    Column('room', Text),
    Column('label', Text),
    Column('box_id', Integer),
    Column('size', Integer)
)
