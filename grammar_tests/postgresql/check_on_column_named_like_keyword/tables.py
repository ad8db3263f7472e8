from sqlalchemy import CheckConstraint, Column, Integer, MetaData, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_gauge = Table(
    'gauge', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('between', Integer),
    Column('authorization', Text),
    Column('check', Integer),
    Column('name', Text),
    Column('value', Integer),
    Column('int', Text),
    CheckConstraint('"authorization" <> \'\'::text', name='gauge_authorization_check'),
    CheckConstraint('"between" < 10', name='gauge_between_check'),
    CheckConstraint('"check" >= 0', name='gauge_check_check'),
    CheckConstraint('"int" <> \'x\'::text', name='gauge_int_check'),
    CheckConstraint("name <> ''::text", name='gauge_name_check'),
    CheckConstraint('value <> 1', name='gauge_value_check'),
    PrimaryKeyConstraint('id', name='gauge_pkey')
)
