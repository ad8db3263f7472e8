from sqlalchemy import Column, Index, Integer, MetaData, Table, Text

metadata = MetaData()


t_t = Table(
    't', metadata,
    Column('id', Integer, primary_key=True),
    Column('a', Text, index=True),
    Column('b', Integer),
    Column('c', Text),
    Index('ux_b_c', 'b', 'c', unique=True)
)
