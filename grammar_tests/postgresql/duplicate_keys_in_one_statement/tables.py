from sqlalchemy import CHAR, Column, Integer, MetaData, PrimaryKeyConstraint, Table, Text, UniqueConstraint

metadata = MetaData()


t_device = Table(
    'device', metadata,
    Column('id', Integer, primary_key=True),
    PrimaryKeyConstraint('id', name='device_named')
)

t_event = Table(
    'event', metadata,
    Column('uuid', CHAR(36), primary_key=True),
    Column('kind', Integer),
    PrimaryKeyConstraint('uuid', name='event_pkey')
)

t_label = Table(
    'label', metadata,
    Column('x', Integer, primary_key=True),
    Column('name', Text),
    PrimaryKeyConstraint('x', name='label_pkey'),
    UniqueConstraint('name', name='label_one'),
    UniqueConstraint('name', name='label_two')
)

t_pair = Table(
    'pair', metadata,
    Column('x', Integer),
    Column('y', Integer),
    UniqueConstraint('x', 'y', name='pair_named'),
    UniqueConstraint('y', 'x', name='pair_y_x_key')
)

t_tag = Table(
    'tag', metadata,
    Column('x', Integer, primary_key=True),
    PrimaryKeyConstraint('x', name='tag_named')
)
