from sqlalchemy import CheckConstraint, Column, Integer, MetaData, Table, text

metadata = MetaData()


t_after_it = Table(
    'after_it', metadata,
    Column('id', Integer, primary_key=True)
)

t_deep_check = Table(
    'deep_check', metadata,
    Column('id', Integer, primary_key=True),
    Column('a', Integer),
    Column('b', Integer, server_default=text('((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1 + 2))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))')),
    CheckConstraint('((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((a > 0))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))')
)
