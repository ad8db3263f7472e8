from sqlalchemy import Column, ForeignKeyConstraint, Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, Relationship, SQLModel

class CodeList(SQLModel, table=True):
    __tablename__ = 'code_list'

    code: str = Field(sa_column=Column('code', String(50), primary_key=True))

    entry: list['Entry'] = Relationship(back_populates='code_list')
    later: list['Later'] = Relationship(back_populates='code_list')
    whole: list['Whole'] = Relationship(back_populates='code_list')


class Entry(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['code'], ['code_list.code'], name='entry_ibfk_1'),
        Index('code', 'code'),
        Index('code_start', 'code', mysql_length={'code': 10})
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    code: str = Field(sa_column=Column('code', String(50), nullable=False))

    code_list: 'CodeList' = Relationship(back_populates='entry')


class Later(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['code'], ['code_list.code'], name='later_ibfk_1'),
        Index('code', 'code'),
        Index('code_head', 'code', mysql_length={'code': 5})
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    code: str = Field(sa_column=Column('code', String(50), nullable=False))

    code_list: 'CodeList' = Relationship(back_populates='later')


class Whole(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['code'], ['code_list.code'], name='whole_ibfk_1'),
        Index('code_all', 'code')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    code: str = Field(sa_column=Column('code', String(50), nullable=False))

    code_list: 'CodeList' = Relationship(back_populates='whole')
