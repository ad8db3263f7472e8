from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, Relationship, SQLModel

class Apple(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['berry_id'], ['berry.berry_id'], name='fk_apple_berry'),
        ForeignKeyConstraint(['zone_id'], ['zone.zone_id'], name='fk_apple_zone'),
        Index('fk_apple_berry', 'berry_id'),
        Index('fk_apple_zone', 'zone_id')
    )

    apple_id: int = Field(sa_column=Column('apple_id', INTEGER(11), primary_key=True))
    zone_id: int = Field(sa_column=Column('zone_id', INTEGER(11), nullable=False))
    berry_id: Optional[int] = Field(default=None, sa_column=Column('berry_id', INTEGER(11)))

    berry: Optional['Berry'] = Relationship(back_populates='apple_berry', sa_relationship_kwargs={'foreign_keys': '[Apple.berry_id]'})
    zone: 'Zone' = Relationship(back_populates='apple')
    berry_apple: list['Berry'] = Relationship(back_populates='apple', sa_relationship_kwargs={'foreign_keys': '[Berry.apple_id]'})
    basket: list['Basket'] = Relationship(back_populates='apple')


class Berry(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['apple_id'], ['apple.apple_id'], name='fk_berry_apple'),
        ForeignKeyConstraint(['zone_id'], ['zone.zone_id'], name='fk_berry_zone'),
        Index('fk_berry_apple', 'apple_id'),
        Index('fk_berry_zone', 'zone_id')
    )

    berry_id: int = Field(sa_column=Column('berry_id', INTEGER(11), primary_key=True))
    zone_id: int = Field(sa_column=Column('zone_id', INTEGER(11), nullable=False))
    apple_id: int = Field(sa_column=Column('apple_id', INTEGER(11), nullable=False))

    apple_berry: list['Apple'] = Relationship(back_populates='berry', sa_relationship_kwargs={'foreign_keys': '[Apple.berry_id]'})
    apple: 'Apple' = Relationship(back_populates='berry_apple', sa_relationship_kwargs={'foreign_keys': '[Berry.apple_id]'})
    zone: 'Zone' = Relationship(back_populates='berry')


class Zone(SQLModel, table=True):
    zone_id: int = Field(sa_column=Column('zone_id', INTEGER(11), primary_key=True))
    name: str = Field(sa_column=Column('name', String(20), nullable=False))

    apple: list['Apple'] = Relationship(back_populates='zone')
    berry: list['Berry'] = Relationship(back_populates='zone')
    crate: list['Crate'] = Relationship(back_populates='zone')


class Basket(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['apple_id'], ['apple.apple_id'], name='fk_basket_apple'),
        Index('fk_basket_apple', 'apple_id')
    )

    basket_id: int = Field(sa_column=Column('basket_id', INTEGER(11), primary_key=True))
    apple_id: int = Field(sa_column=Column('apple_id', INTEGER(11), nullable=False))

    apple: 'Apple' = Relationship(back_populates='basket')


class Crate(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['zone_id'], ['zone.zone_id'], name='fk_crate_zone'),
        Index('fk_crate_zone', 'zone_id')
    )

    crate_id: int = Field(sa_column=Column('crate_id', INTEGER(11), primary_key=True))
    zone_id: int = Field(sa_column=Column('zone_id', INTEGER(11), nullable=False))

    zone: 'Zone' = Relationship(back_populates='crate')
