from sqlalchemy import Column, ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, SmallInteger, String
from sqlmodel import Field, Relationship, SQLModel

class PartKinds(SQLModel, table=True):
    __tablename__ = 'part_kinds'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='part_kinds_pkey'),
    )

    id: int = Field(sa_column=Column('id', SmallInteger, primary_key=True))
    name: str = Field(sa_column=Column('name', String(16), nullable=False))

    parts: list['Parts'] = Relationship(back_populates='part_kinds')


class Parts(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['kind'], ['part_kinds.id'], name='fk_part_kind'),
        PrimaryKeyConstraint('id', name='parts_pkey'),
        Index('parts_kind_idx', 'kind')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    kind: int = Field(sa_column=Column('kind', SmallInteger, nullable=False))

    part_kinds: 'PartKinds' = Relationship(back_populates='parts')
