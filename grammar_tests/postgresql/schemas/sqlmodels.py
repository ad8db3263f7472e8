from sqlalchemy import CheckConstraint, Column, Integer, PrimaryKeyConstraint, Table
from sqlmodel import Field, SQLModel

class A(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='a_pkey'),
        {'comment': 'This is a rather long table comment that will certainly not fit '
                'on one line of eighty characters, no way',
     'schema': 'audit'}
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))


class B(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('id > 0', name='b_id_check'),
        PrimaryKeyConstraint('id', name='b_pkey'),
        {'comment': 'Line one of the comment\n'
                'line two which is also rather long, more than eighty characters '
                'in total for sure, yes',
     'schema': 'audit'}
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))


class C(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='c_pkey'),
        {'comment': 'Averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongword '
                'and more',
     'schema': 'audit'}
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))


t_nopk = Table(
    'nopk', SQLModel.metadata,
    Column('x', Integer, comment='A column comment that is also very long, well beyond the eighty character limit of pprint'),
    schema='audit',
    comment='A table without a primary key and with a very long comment text that overflows the width'
)
