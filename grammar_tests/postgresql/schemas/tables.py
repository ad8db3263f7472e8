from sqlalchemy import CheckConstraint, Column, Integer, MetaData, PrimaryKeyConstraint, Table

metadata = MetaData()


t_a = Table(
    'a', metadata,
    Column('id', Integer, primary_key=True),
    PrimaryKeyConstraint('id', name='a_pkey'),
    schema='audit',
    comment='This is a rather long table comment that will certainly not fit on one line of eighty characters, no way'
)

t_b = Table(
    'b', metadata,
    Column('id', Integer, primary_key=True),
    CheckConstraint('id > 0', name='b_id_check'),
    PrimaryKeyConstraint('id', name='b_pkey'),
    schema='audit',
    comment='Line one of the comment\nline two which is also rather long, more than eighty characters in total for sure, yes'
)

t_c = Table(
    'c', metadata,
    Column('id', Integer, primary_key=True),
    PrimaryKeyConstraint('id', name='c_pkey'),
    schema='audit',
    comment='Averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongword and more'
)

t_nopk = Table(
    'nopk', metadata,
    Column('x', Integer, comment='A column comment that is also very long, well beyond the eighty character limit of pprint'),
    schema='audit',
    comment='A table without a primary key and with a very long comment text that overflows the width'
)
