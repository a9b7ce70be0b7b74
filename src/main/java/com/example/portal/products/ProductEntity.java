package com.example.portal.products;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import com.example.portal.database.SluggedEntity;

@Entity
@Table(name = "product")
public class ProductEntity extends SluggedEntity {

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String description = "";
}
